// Ctrl/⌘+K and the toolbar's Link button: a small dialog for the address (and the text, when nothing is selected).
import { TextSelection } from "prosemirror-state";
import { formDialog } from "../media/dialog.js";
import { schema } from "./schema.js";

function linkAround(state) {
  const { $from, from, to, empty } = state.selection;
  const type = schema.marks.link;
  if (!empty) {
    let found = null;
    state.doc.nodesBetween(from, to, (node) => {
      found ||= node.isText && type.isInSet(node.marks);
    });
    return found ? { from, to, mark: found } : null;
  }
  const mark = type.isInSet($from.marks());
  if (!mark) return null;
  // The whole linked run around the cursor.
  const parent = $from.parent;
  const offset = $from.parentOffset;
  let start = 0;
  let end = 0;
  let pos = 0;
  let hit = null;
  parent.forEach((child) => {
    const childEnd = pos + child.nodeSize;
    if (mark.isInSet(child.marks)) {
      if (hit === null) start = pos;
      end = childEnd;
      if (offset >= pos && offset <= childEnd) hit = true;
    } else if (hit === null) {
      start = childEnd;
    } else if (hit) {
      hit = false;
    }
    pos = childEnd;
  });
  const base = $from.start();
  return { from: base + start, to: base + end, mark };
}

export async function editLink(view) {
  const state = view.state;
  const existing = linkAround(state);
  const { empty } = state.selection;
  const fields = [{ name: "href", label: "Address", type: "url", required: true, value: existing ? existing.mark.attrs.href : "", hint: "https://… or a page on this site (/…)" }];
  if (empty && !existing) fields.push({ name: "text", label: "Text", required: true });
  const result = await formDialog({
    title: existing ? "Edit link" : "Add link",
    fields,
    submitLabel: existing ? "Update link" : "Add link",
    buttons: existing ? [{ value: "remove", label: "Remove link" }] : [],
    build: ({ inputs }) => {
      // type=url refuses "/about"; a site-relative address is fine, so check by hand.
      inputs.href.type = "text";
      inputs.href.setAttribute("inputmode", "url");
    },
    onSubmit: (values) => (/^(https?:\/\/|mailto:|\/|#)/i.test(values.href) ? null : "Start the address with https://, http://, mailto:, / or #."),
  });
  view.focus();
  if (!result) return;
  const type = schema.marks.link;
  let tr = view.state.tr;
  if (result.action === "remove") {
    if (existing) tr = tr.removeMark(existing.from, existing.to, type);
  } else if (existing) {
    tr = tr.removeMark(existing.from, existing.to, type).addMark(existing.from, existing.to, type.create({ href: result.values.href }));
  } else if (empty) {
    const from = state.selection.from;
    const text = result.values.text || result.values.href;
    tr = tr.insert(from, schema.text(text, [type.create({ href: result.values.href })]));
    tr = tr.setSelection(TextSelection.create(tr.doc, from + text.length)).removeStoredMark(type);
  } else {
    tr = tr.addMark(state.selection.from, state.selection.to, type.create({ href: result.values.href }));
  }
  view.dispatch(tr.scrollIntoView());
}
