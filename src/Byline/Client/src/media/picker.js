// The media picker the body editor and the featured image share: choose from the library (search, pages) or upload
// a file with its alt text (required), caption and credit, with progress. Every function resolves with a library item
// ({ id, key, alt, caption, credit, width, height, thumbnail, markdownSrc }) or null when the member cancels.
import { el, formDialog } from "./dialog.js";
import { searchLibrary, uploadImage } from "./api.js";

/** Opens the system's file chooser for one image; resolves with the File or null. */
export function chooseFile() {
  return new Promise((resolve) => {
    const input = el("input", { type: "file", accept: "image/jpeg,image/png,image/webp,image/gif", hidden: true });
    input.addEventListener("change", () => {
      resolve(input.files && input.files[0] ? input.files[0] : null);
      input.remove();
    });
    input.addEventListener("cancel", () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function readAsDataUrl(file) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => resolve(reader.result));
    reader.addEventListener("error", () => resolve(null));
    reader.readAsDataURL(file);
  });
}

/**
 * Asks for the image's words, then uploads it with a progress bar. With `offerFeatured` (a body image while the story
 * has no featured image) the dialog also offers, ticked, to make it the story's featured image: the item then comes
 * back with `featured: true`.
 */
export async function uploadWithDetails(file, { offerFeatured = false } = {}) {
  let uploaded = null;
  const preview = await readAsDataUrl(file);
  const result = await formDialog({
    title: "Upload an image",
    className: "bd-dialog--upload",
    submitLabel: "Upload and place",
    fields: [
      { name: "alt", label: "Alt text", required: true, hint: "What the image shows, for readers who cannot see it." },
      { name: "caption", label: "Caption" },
      { name: "credit", label: "Credit", hint: "Saved with the image in the library." },
      ...(offerFeatured ? [{ name: "featured", label: "Also use it as the story's featured image", type: "checkbox", checked: true }] : []),
    ],
    build: ({ form }) => {
      const name = el("p", { class: "bd-dialog__file", text: `${file.name || "Pasted image"} · ${Math.max(1, Math.round(file.size / 1024)).toLocaleString()} KB` });
      const figure = preview ? el("img", { class: "bd-dialog__preview", src: preview, alt: "" }) : null;
      form.insertBefore(el("div", { class: "bd-dialog__media" }, figure, name), form.children[1]);
    },
    onSubmit: async (values, { form }) => {
      const progress = el("progress", { class: "bd-dialog__progress", max: "1", value: "0", "aria-label": "Upload progress" });
      form.querySelector(".bd-dialog__buttons").before(progress);
      try {
        uploaded = await uploadImage(file, values, (fraction) => { progress.value = fraction; });
        return null;
      } catch (error) {
        progress.remove();
        return error.message;
      }
    },
  });
  return result && uploaded
    ? { ...uploaded, alt: result.values.alt, caption: result.values.caption, featured: result.values.featured === true }
    : null;
}

/** The library in a dialog: search, pick one, or upload a new one. */
export function pickFromLibrary({ offerFeatured = false } = {}) {
  return new Promise((resolve) => {
    let chosen = null;
    let page = 1;
    let query = "";
    const search = el("input", { type: "search", id: "bd-library-search", name: "q", autocomplete: "off" });
    const status = el("p", { class: "bd-library__status", role: "status" });
    const grid = el("ul", { class: "bd-library__grid", "aria-label": "Images" });
    const more = el("button", { type: "button", class: "button button--quiet", text: "More images", hidden: true });
    const upload = el("button", { type: "button", class: "button button--quiet", text: "Upload a new image…", hidden: true });
    const close = el("button", { type: "button", class: "button button--quiet", text: "Cancel" });
    const heading = el("h2", { class: "bd-dialog__title", id: "bd-library-title", text: "Choose an image" });
    const dialog = el("dialog", { class: "bd-dialog bd-dialog--library", "aria-labelledby": heading.id },
      heading,
      el("div", { class: "bd-dialog__field" }, el("label", { for: search.id, text: "Search the library" }), search),
      status, grid,
      el("div", { class: "bd-dialog__buttons" }, more, upload, close));

    async function load(reset) {
      if (reset) {
        page = 1;
        grid.replaceChildren();
      }
      status.textContent = "Loading…";
      try {
        const result = await searchLibrary(query, page);
        upload.hidden = !result.canUpload;
        for (const item of result.items) {
          const pick = el("button", { type: "button", class: "bd-library__item", title: item.alt },
            el("img", { src: item.thumbnail, alt: item.alt, width: item.width, height: item.height, loading: "lazy" }));
          pick.addEventListener("click", () => {
            chosen = item;
            dialog.close();
          });
          grid.append(el("li", {}, pick));
        }
        more.hidden = !result.more;
        const count = grid.children.length;
        status.textContent = count === 0 ? (query ? "No image matches." : "The library is empty: upload one.") : `${count} image${count === 1 ? "" : "s"}${result.more ? ", more below" : ""}.`;
      } catch (error) {
        status.textContent = error.message;
      }
    }

    let timer = 0;
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        query = search.value.trim();
        load(true);
      }, 250);
    });
    more.addEventListener("click", () => {
      page += 1;
      load(false);
    });
    upload.addEventListener("click", async () => {
      const file = await chooseFile();
      if (!file) return;
      dialog.dataset.uploading = "yes";
      dialog.close();
      chosen = await uploadWithDetails(file, { offerFeatured });
      resolve(chosen);
    });
    close.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (!dialog.dataset.uploading) resolve(chosen);
    });
    document.body.append(dialog);
    dialog.showModal();
    search.focus();
    load(true);
  });
}
