// A live preview, inside "Search and social", of the story as a search engine lists it (title cut near 60 characters,
// the address, a description cut near 155) and as a social card (image, site, title, description). It reads the same
// fallbacks the public page uses: the SEO title or else the headline, the SEO description or else the standfirst.
import { slugify } from "./slug.js";

export const searchTitleLength = 60;
export const searchDescriptionLength = 155;
const cardTitleLength = 90;
const cardDescriptionLength = 200;

/** Cut at a word boundary before `length` characters, with an ellipsis, as search engines do. */
export function truncate(text, length) {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) {
    return clean;
  }
  const cut = clean.slice(0, length - 1);
  const space = cut.lastIndexOf(" ");
  return (space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/, "") + "…";
}

export function startSeoPreview(form) {
  const preview = form.querySelector("[data-seo-preview]");
  if (!preview) {
    return;
  }
  const value = (name) => form.elements.namedItem(name)?.value?.trim() ?? "";
  const parse = (json) => {
    try {
      return JSON.parse(json || "{}");
    } catch {
      return {};
    }
  };
  const sections = parse(preview.dataset.sectionSlugs);
  const thumbnails = parse(preview.dataset.imageThumbnails);
  const address = preview.dataset.siteAddress.replace(/\/+$/, "");
  const part = (name) => preview.querySelector(`[data-preview="${name}"]`);
  const site = preview.dataset.siteName ?? "";
  let shownImage = null;

  const update = () => {
    const title = value("Draft.SeoTitle") || value("Draft.Headline") || "Your headline";
    const description = value("Draft.SeoDescription") || value("Draft.Standfirst") || "Your standfirst, or an SEO description, goes here.";
    const section = sections[value("Draft.SectionId")] ?? "section";
    const slug = value("Draft.Slug") || slugify(value("Draft.Headline")) || "slug";
    part("address").textContent = `${address}/${section}/${preview.dataset.datePath}/${slug}`;
    part("search-title").textContent = truncate(title, searchTitleLength);
    part("search-description").textContent = truncate(description, searchDescriptionLength);
    part("site").textContent = site;
    part("social-title").textContent = truncate(title, cardTitleLength);
    part("social-description").textContent = truncate(description, cardDescriptionLength);
    const image = thumbnails[value("Draft.FeaturedImageId")] ?? null;
    if (image !== shownImage) {
      shownImage = image;
      const media = part("image");
      media.replaceChildren();
      media.hidden = image === null;
      if (image) {
        const img = document.createElement("img");
        img.src = image;
        img.alt = "";
        img.width = 382;
        img.height = 200;
        media.append(img);
      }
    }
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
  preview.hidden = false;
}
