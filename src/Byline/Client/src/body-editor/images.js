// Images into the body: dropped or pasted files are uploaded (alt text first) and the toolbar's Image button picks
// from the library; each becomes a figure where the cursor or the drop point is. A known provider's address pasted
// into an empty paragraph becomes an embed card.
import { NodeSelection } from "prosemirror-state";
import { schema } from "./schema.js";
import { placeBlock } from "./commands.js";
import { embedProvider } from "./embeds.js";
import { pickFromLibrary, uploadWithDetails } from "../media/picker.js";
import { formDialog } from "../media/dialog.js";

function imageFiles(list) {
  return Array.from(list || []).filter((file) => /^image\//.test(file.type));
}

/** The story has no featured image yet: the first image placed in the body is offered for it. */
function featuredIsEmpty(view) {
  const form = view.dom.closest("form");
  const select = form && form.querySelector('select[name="Draft.FeaturedImageId"]');
  return !!select && select.value === "";
}

function place(view, item, pos) {
  if (!item) return;
  if (item.featured) {
    // featured.js owns the featured image's select: it is told, and shows the new choice.
    view.dom.dispatchEvent(new CustomEvent("byline:use-featured", { bubbles: true, detail: item }));
  }
  const node = schema.nodes.figure.create({ src: item.markdownSrc, alt: item.alt || "", title: item.caption || null });
  const tr = placeBlock(view.state.tr, node, Math.min(pos, view.state.doc.content.size));
  view.dispatch(tr.scrollIntoView());
  view.focus();
}

async function uploadAll(view, files, pos) {
  for (const file of files) {
    // The dialogs are modal, so the document does not change under `pos` while they are open.
    const item = await uploadWithDetails(file, { offerFeatured: featuredIsEmpty(view) });
    if (!item) break;
    place(view, item, pos);
    pos = view.state.selection.from;
  }
  view.focus();
}

export async function pickImage(view, pos = view.state.selection.from) {
  const item = await pickFromLibrary({ offerFeatured: featuredIsEmpty(view) });
  if (item) place(view, item, pos);
  else view.focus();
}

/** A known provider's address pasted into an empty paragraph becomes an embed card (a bare URL in the Markdown). */
function pasteEmbed(view, event) {
  const text = event.clipboardData ? event.clipboardData.getData("text/plain").trim() : "";
  const { $from, empty } = view.state.selection;
  if (!empty || $from.parent.type !== schema.nodes.paragraph || $from.parent.content.size !== 0 || !/^https:\/\/\S+$/.test(text)) return false;
  const provider = embedProvider(text);
  if (!provider) return false;
  event.preventDefault();
  view.dispatch(placeBlock(view.state.tr, schema.nodes.embed.create({ url: text, title: null, provider })).scrollIntoView());
  return true;
}

export const imageHandlers = {
  handleDoubleClickOn(view, _pos, node, nodePos) {
    if (node.type !== schema.nodes.figure) return false;
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
    editFigure(view);
    return true;
  },
  handlePaste(view, event) {
    const files = imageFiles(event.clipboardData && event.clipboardData.files);
    if (files.length === 0) return pasteEmbed(view, event);
    event.preventDefault();
    uploadAll(view, files, view.state.selection.from);
    return true;
  },
  handleDrop(view, event, _slice, moved) {
    if (moved) return false;
    const files = imageFiles(event.dataTransfer && event.dataTransfer.files);
    if (files.length === 0) return false;
    event.preventDefault();
    const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
    uploadAll(view, files, at ? at.pos : view.state.selection.from);
    return true;
  },
};

/** Enter or a double click on a figure: edit its alt text (required) and caption, which live in the Markdown. */
export function editFigure(view) {
  const selection = view.state.selection;
  const node = selection.node;
  if (!node || node.type !== schema.nodes.figure) return false;
  const pos = selection.from;
  formDialog({
    title: "Edit image",
    submitLabel: "Save",
    fields: [
      { name: "alt", label: "Alt text", required: true, value: node.attrs.alt, hint: "What the image shows, for readers who cannot see it." },
      { name: "caption", label: "Caption", value: node.attrs.title || "" },
    ],
  }).then((result) => {
    view.focus();
    if (!result) return;
    const current = view.state.doc.nodeAt(pos);
    if (!current || current.type !== schema.nodes.figure) return;
    view.dispatch(view.state.tr.setNodeMarkup(pos, null, { ...current.attrs, alt: result.values.alt, title: result.values.caption || null }));
  });
  return true;
}
