// Which links on their own line are embeds (the shared definition of issue 13; the server's renderer follows the same
// list). The editor only shows a card with the provider and the address: it never contacts the provider.
const providers = [
  ["YouTube", (u) => /(^|\.)youtube\.com$/.test(u.hostname) && (u.pathname === "/watch" && u.searchParams.has("v") || /^\/shorts\/[\w-]+/.test(u.pathname))],
  ["YouTube", (u) => u.hostname === "youtu.be" && /^\/[\w-]+/.test(u.pathname)],
  ["Vimeo", (u) => /(^|\.)vimeo\.com$/.test(u.hostname) && /^\/\d+/.test(u.pathname)],
  ["Bluesky", (u) => u.hostname === "bsky.app" && /^\/profile\/[^/]+\/post\/[^/]+/.test(u.pathname)],
  ["X", (u) => /^(www\.)?(x|twitter)\.com$/.test(u.hostname) && /^\/\w+\/status\/\d+/.test(u.pathname)],
  ["Instagram", (u) => /^(www\.)?instagram\.com$/.test(u.hostname) && /^\/(p|reel)\/[\w-]+/.test(u.pathname)],
  ["Map", (u) => /(^|\.)openstreetmap\.org$/.test(u.hostname) || /^(www\.)?google\.[a-z.]+$/.test(u.hostname) && u.pathname.startsWith("/maps")],
  ["Document", (u) => /(^|\.)documentcloud\.org$/.test(u.hostname) && u.pathname.startsWith("/documents/")],
  ["Document", (u) => u.hostname === "docs.google.com" && /^\/(document|spreadsheets|presentation)\//.test(u.pathname)],
  ["Document", (u) => u.pathname.toLowerCase().endsWith(".pdf")],
  ["Mastodon", (u) => /^\/@[\w.]+\/\d+$/.test(u.pathname)],
];

/** The provider's name when `address` is an https address the site embeds, otherwise null. */
export function embedProvider(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  for (const [name, test] of providers) {
    if (test(url)) return name;
  }
  return null;
}
