// The featured image in the story form: a thumbnail and "Choose…", "Upload…" and "Remove" beside the select, which
// stays the value carrier (a chosen or uploaded image is added to it as an option and selected). Without JavaScript
// the select alone works.
import { el } from "./dialog.js";
import { libraryItem } from "./api.js";
import { chooseFile, pickFromLibrary, uploadWithDetails } from "./picker.js";

export function enhanceFeaturedImage(form) {
  const select = form.querySelector('select[name="Draft.FeaturedImageId"]');
  if (!select) return;
  const thumb = el("img", { class: "featured-picker__thumb", alt: "", hidden: true });
  const empty = el("span", { class: "featured-picker__empty", text: "No image" });
  const choose = el("button", { type: "button", class: "button button--quiet", text: "Choose…" });
  const upload = el("button", { type: "button", class: "button button--quiet", text: "Upload…" });
  const remove = el("button", { type: "button", class: "button button--quiet", text: "Remove" });
  const box = el("div", { class: "featured-picker" },
    el("div", { class: "featured-picker__preview" }, thumb, empty),
    el("div", { class: "featured-picker__buttons" }, choose, upload, remove));
  select.after(box);
  const hint = select.parentElement.querySelector(".field__hint");
  if (hint && hint.querySelector('a[href="/newsroom/media/upload"]')) hint.hidden = true;

  let shown = 0;
  async function show() {
    const id = select.value;
    const ticket = ++shown;
    remove.disabled = !id;
    if (!id) {
      thumb.hidden = true;
      empty.hidden = false;
      return;
    }
    try {
      const item = await libraryItem(id);
      if (ticket !== shown) return;
      thumb.src = item.thumbnail;
      thumb.alt = item.alt;
      thumb.hidden = false;
      empty.hidden = true;
    } catch {
      thumb.hidden = true;
      empty.hidden = false;
    }
  }

  function use(item) {
    if (!item) return;
    let option = Array.from(select.options).find((o) => o.value === String(item.id));
    if (!option) {
      option = new Option(item.alt || `Image ${item.id}`, String(item.id));
      select.add(option);
    }
    select.value = String(item.id);
    select.dispatchEvent(new Event("input", { bubbles: true }));
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }

  choose.addEventListener("click", async () => {
    use(await pickFromLibrary());
    choose.focus();
  });
  upload.addEventListener("click", async () => {
    const file = await chooseFile();
    if (file) use(await uploadWithDetails(file));
    upload.focus();
  });
  remove.addEventListener("click", () => {
    select.value = "";
    select.dispatchEvent(new Event("input", { bubbles: true }));
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  form.addEventListener("byline:use-featured", (event) => use(event.detail));
  select.addEventListener("change", show);
  show();
}
