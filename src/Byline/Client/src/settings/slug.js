// The slug follows the headline until someone edits it by hand (ported from the old editor.js). The server makes the
// same slug when the field is left empty, so this only shows what the address will be.
export function slugify(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/, "");
}

export function startSlug(form) {
  const headline = form.elements.namedItem("Draft.Headline");
  const slug = form.elements.namedItem("Draft.Slug");
  if (!headline || !slug) {
    return;
  }
  let touched = slug.value !== "" && slug.value !== slugify(headline.value);
  slug.addEventListener("input", () => {
    touched = slug.value !== "";
  });
  headline.addEventListener("input", () => {
    if (!touched) {
      slug.value = slugify(headline.value);
      slug.dispatchEvent(new Event("input", { bubbles: true }));
      touched = false;
    }
  });
}
