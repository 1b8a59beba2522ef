// The "/" menu's Embed: asks for the address and places an embed card (or a plain link for an unknown site).
import { formDialog } from "../media/dialog.js";
import { schema } from "./schema.js";
import { embedProvider } from "./embeds.js";
import { placeBlock } from "./commands.js";

export async function insertEmbed(view, pos) {
  const result = await formDialog({
    title: "Embed",
    fields: [{ name: "url", label: "Address", type: "url", required: true, hint: "A post or video on YouTube, Vimeo, Bluesky, Mastodon, X, Instagram, a map or a document. Readers load it only when they choose to." }],
    submitLabel: "Embed",
    onSubmit: (values) => (embedProvider(values.url) ? null : "That address is not one the site embeds; add it as a link instead (Ctrl+K)."),
  });
  view.focus();
  if (!result) return;
  const node = schema.nodes.embed.create({ url: result.values.url, title: null, provider: embedProvider(result.values.url) });
  view.dispatch(placeBlock(view.state.tr, node, pos).scrollIntoView());
}
