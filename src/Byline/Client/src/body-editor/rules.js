// Markdown as you type: "## ", "### ", "> ", "- ", "1. ", "```" and "---" turn the paragraph into that block.
import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from "prosemirror-inputrules";
import { TextSelection } from "prosemirror-state";
import { schema } from "./schema.js";

const { nodes } = schema;

const divider = new InputRule(/^---$/, (state, _match, start) => {
  const $start = state.doc.resolve(start);
  if ($start.parent.type !== nodes.paragraph || $start.parent.textContent !== "--") return null;
  const from = $start.before();
  const tr = state.tr.replaceWith(from, $start.after(), [nodes.horizontal_rule.create(), nodes.paragraph.create()]);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(from + 2)));
});

export function markdownRules() {
  return inputRules({
    rules: [
      textblockTypeInputRule(/^(#{2,3})\s$/, nodes.heading, (match) => ({ level: match[1].length })),
      wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
      wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list),
      wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list, (match) => ({ order: +match[1] }),
        (match, node) => node.childCount + node.attrs.order === +match[1]),
      textblockTypeInputRule(/^```$/, nodes.code_block),
      divider,
    ],
  });
}
