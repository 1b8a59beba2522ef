// The editing commands the toolbar, the keyboard and the "/" menu share.
import { setBlockType, toggleMark, wrapIn, lift, chainCommands, exitCode } from "prosemirror-commands";
import { wrapInList, liftListItem } from "prosemirror-schema-list";
import { TextSelection } from "prosemirror-state";
import { schema } from "./schema.js";

const { nodes, marks } = schema;

export const toggleBold = toggleMark(marks.strong);
export const toggleItalic = toggleMark(marks.em);
export const toggleCode = toggleMark(marks.code);

export function markActive(state, type) {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

function inside(state, type) {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === type) return true;
  return false;
}

export function blockActive(state, type, attrs) {
  const parent = state.selection.$from.parent;
  if (parent.type === type) return !attrs || Object.keys(attrs).every((k) => parent.attrs[k] === attrs[k]);
  return type.isTextblock ? false : inside(state, type);
}

/** A heading of `level`, or back to a paragraph when the block already is one. */
export function toggleHeading(level) {
  return (state, dispatch) =>
    blockActive(state, nodes.heading, { level })
      ? setBlockType(nodes.paragraph)(state, dispatch)
      : setBlockType(nodes.heading, { level })(state, dispatch);
}

export function toggleQuote(state, dispatch) {
  return inside(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);
}

export function toggleList(type) {
  return (state, dispatch) =>
    inside(state, type) ? liftListItem(nodes.list_item)(state, dispatch) : wrapInList(type)(state, dispatch);
}

export function toggleCodeBlock(state, dispatch) {
  return blockActive(state, nodes.code_block)
    ? setBlockType(nodes.paragraph)(state, dispatch)
    : setBlockType(nodes.code_block)(state, dispatch);
}

export const hardBreak = chainCommands(exitCode, (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

/**
 * Puts block `node` where the cursor is: in place of an empty paragraph, else before or after the cursor's top-level
 * block; then the cursor goes into the first cell (a table) or the text block after it (a new paragraph if need be).
 */
export function placeBlock(tr, node, pos = tr.selection.from) {
  const $pos = tr.doc.resolve(Math.min(pos, tr.doc.content.size));
  let at;
  if ($pos.depth === 0) {
    at = $pos.pos;
    tr.insert(at, node);
  } else {
    const top = $pos.node(1);
    const start = $pos.before(1);
    if (top.type === nodes.paragraph && top.content.size === 0) {
      tr.replaceWith(start, $pos.after(1), node);
      at = start;
    } else if ($pos.pos <= start + 1 && top.isTextblock) {
      tr.insert(start, node);
      at = start;
    } else {
      at = $pos.after(1);
      tr.insert(at, node);
    }
  }
  if (node.type === nodes.table) {
    // table > row > cell: the first cell's content starts three positions in; its placeholder text is selected, so
    // typing replaces it (Tab selects the next cell's the same way).
    const first = node.firstChild.firstChild;
    return tr.setSelection(TextSelection.create(tr.doc, at + 3, at + 3 + first.content.size));
  }
  const after = at + node.nodeSize;
  const next = tr.doc.resolve(after).nodeAfter;
  if (!next || !next.isTextblock) tr.insert(after, nodes.paragraph.create());
  return tr.setSelection(TextSelection.create(tr.doc, after + 1));
}

export function insertDivider(state, dispatch) {
  if (dispatch) dispatch(placeBlock(state.tr, nodes.horizontal_rule.create()).scrollIntoView());
  return true;
}

export function insertTable(state, dispatch) {
  const cell = (type, text) => type.create(null, text ? schema.text(text) : null);
  const row = (type, texts) => nodes.table_row.create(null, texts.map((t) => cell(type, t)));
  const table = nodes.table.create(null, [
    row(nodes.table_header, ["Heading", "Heading", "Heading"]),
    row(nodes.table_cell, ["", "", ""]),
  ]);
  if (dispatch) {
    const tr = placeBlock(state.tr, table);
    dispatch(tr.scrollIntoView());
  }
  return true;
}
