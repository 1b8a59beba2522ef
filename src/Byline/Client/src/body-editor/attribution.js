// A quote whose last paragraph starts with "— " shows that paragraph as its attribution (the Markdown stays as typed).
import { Plugin } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { schema } from "./schema.js";

function decorate(doc) {
  const found = [];
  // Top-level quotes only: walking every block of a long story on each keystroke would cost typing time.
  doc.forEach((node, offset) => {
    if (node.type !== schema.nodes.blockquote || node.childCount < 2) return;
    const last = node.lastChild;
    if (last.type === schema.nodes.paragraph && /^[—–]\s/.test(last.textContent)) {
      const from = offset + node.nodeSize - 1 - last.nodeSize;
      found.push(Decoration.node(from, from + last.nodeSize, { class: "pm-attribution" }));
    }
  });
  return DecorationSet.create(doc, found);
}

export function attribution() {
  return new Plugin({
    state: {
      init: (_, state) => decorate(state.doc),
      apply: (tr, set) => (tr.docChanged ? decorate(tr.doc) : set),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
