// Markdown in and out of the editor, keeping every untouched block's bytes.
//
// markdown-it tokenizes the body; each top-level block token carries the source lines it came from (.map), so each
// top-level node of the document is paired with its exact source slice, and the text between blocks (blank lines,
// reference definitions) is kept as "gaps". When the body is written back, a top-level node that is still the very
// same object (===) as when it was parsed is written as its original slice, and only new or changed nodes go
// through the serializer. A document that was never changed is the original text itself.
import MarkdownIt from "markdown-it";
import { MarkdownParser, MarkdownSerializer, defaultMarkdownParser, defaultMarkdownSerializer } from "prosemirror-markdown";
import { schema } from "./schema.js";
import { embedProvider } from "./embeds.js";

// CommonMark with ~~strikethrough~~, raw HTML (the server's sanitizer decides what survives) and GFM pipe tables (Markdig's
// UsePipeTables). No typographer and no linkify: the editor never rewrites what the reporter typed.
export const tokenizer = MarkdownIt("commonmark", { html: true }).enable(["table", "strikethrough"]);

function align(tok) {
  const style = tok.attrGet("style") || "";
  const match = /text-align:\s*(left|right|center)/.exec(style);
  return { align: match ? match[1] : null };
}

const parser = new MarkdownParser(schema, tokenizer, {
  ...defaultMarkdownParser.tokens,
  table: { block: "table" },
  thead: { ignore: true },
  tbody: { ignore: true },
  tr: { block: "table_row" },
  th: { block: "table_header", getAttrs: align },
  td: { block: "table_cell", getAttrs: align },
  html_block: { node: "html_block", getAttrs: (tok) => ({ html: tok.content }) },
  html_inline: { node: "html_inline", getAttrs: (tok) => ({ html: tok.content }) },
  s: { mark: "strike" },
});

/** A library image alone in a paragraph is a figure; a known provider's link alone in a paragraph is an embed. */
function specialBlock(node) {
  if (node.type !== schema.nodes.paragraph || node.childCount !== 1) return null;
  const only = node.firstChild;
  if (only.type === schema.nodes.image && /^\/media\/[^/]+\.jpg$/.test(only.attrs.src || "")) {
    return schema.nodes.figure.create({ src: only.attrs.src, alt: only.attrs.alt || "", title: only.attrs.title || null });
  }
  if (only.isText) {
    const link = only.marks.find((m) => m.type === schema.marks.link);
    if (only.marks.length === 0 && /^https:\/\/\S+$/.test(only.text)) {
      const provider = embedProvider(only.text);
      return provider ? schema.nodes.embed.create({ url: only.text, title: null, provider }) : null;
    }
    if (link && only.marks.length === 1) {
      const provider = embedProvider(link.attrs.href);
      const title = only.text === link.attrs.href ? null : only.text;
      return provider ? schema.nodes.embed.create({ url: link.attrs.href, title, provider }) : null;
    }
  }
  return null;
}

function lineStarts(text) {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  let match;
  while ((match = breaks.exec(text))) starts.push(match.index + match[0].length);
  return starts;
}

function lineEnd(text, starts, line) {
  // The end of `line` without its line break.
  if (line + 1 >= starts.length) return text.length;
  const next = starts[line + 1];
  return text[next - 2] === "\r" && text[next - 1] === "\n" ? next - 2 : next - 1;
}

/**
 * Parses `text` into { doc, source }: `source` remembers the document as parsed, its top-level nodes and their
 * [start, end) offsets in `text` (null when the pairing could not be made, then a changed document is written whole).
 */
export function parseMarkdown(text) {
  const tokens = tokenizer.parse(text, {});
  let doc = parser.parse(text);
  const top = tokens.filter((t) => t.level === 0 && t.nesting !== -1 && t.map);
  let blocks = null;
  if (top.length === doc.childCount && top.length > 0) {
    const starts = lineStarts(text);
    blocks = [];
    let previousEnd = 0;
    for (const token of top) {
      const [first, after] = token.map;
      const start = starts[first] ?? text.length;
      let last = after - 1;
      while (last > first && /^[ \t]*$/.test(text.slice(starts[last], lineEnd(text, starts, last)))) last--;
      const end = lineEnd(text, starts, last);
      if (start < previousEnd || end < start) {
        blocks = null;
        break;
      }
      blocks.push({ start, end });
      previousEnd = end;
    }
  }
  const children = [];
  let replaced = false;
  doc.forEach((child) => {
    const special = specialBlock(child);
    replaced ||= special !== null;
    children.push(special || child);
  });
  if (replaced) doc = doc.type.create(doc.attrs, children);
  return { doc, source: { text, doc, nodes: children, blocks, eol: /\r\n/.test(text) ? "\r\n" : "\n" } };
}

function escapeCell(text) {
  return text.replace(/\|/g, "\\|");
}

function title(text) {
  return text ? ` "${text.replace(/"/g, '\\"')}"` : "";
}

// Two lists of the same kind one after the other would run together as one list unless their markers differ, so a
// list written next to another takes the other marker ("*" for "-", ")" for ".").
let otherMarker = false;

export const serializer = new MarkdownSerializer({
  ...defaultMarkdownSerializer.nodes,
  bullet_list(state, node) {
    const marker = otherMarker ? "* " : "- ";
    state.renderList(node, "  ", () => marker);
  },
  ordered_list(state, node) {
    const start = node.attrs.order ?? 1;
    const width = String(start + node.childCount - 1).length;
    const delimiter = otherMarker ? ") " : ". ";
    state.renderList(node, state.repeat(" ", width + 2), (i) => {
      const number = String(start + i);
      return state.repeat(" ", width - number.length) + number + delimiter;
    });
  },
  table(state, node) {
    const rows = [];
    node.forEach((row) => {
      const cells = [];
      row.forEach((cell) => {
        const inner = serializer.serialize(schema.topNodeType.create(null, schema.nodes.paragraph.create(null, cell.content)));
        cells.push(escapeCell(inner.replace(/\n+$/, "").replace(/\n/g, " ")) || " ");
      });
      rows.push(cells);
    });
    const first = node.firstChild;
    const rule = [];
    first.forEach((cell) => {
      const a = cell.attrs.align;
      rule.push(a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---");
    });
    const lines = [rows[0], rule, ...rows.slice(1)].map((cells) => `| ${cells.join(" | ")} |`);
    state.write(lines.join("\n"));
    state.closeBlock(node);
  },
  table_row() {},
  table_header() {},
  table_cell() {},
  html_block(state, node) {
    state.write(node.attrs.html.replace(/\n+$/, ""));
    state.closeBlock(node);
  },
  html_inline(state, node) {
    state.write(node.attrs.html);
  },
  figure(state, node) {
    state.write(`![${state.esc(node.attrs.alt || "")}](${node.attrs.src.replace(/[()]/g, "\\$&")}${title(node.attrs.title)})`);
    state.closeBlock(node);
  },
  embed(state, node) {
    state.write(node.attrs.title ? `[${state.esc(node.attrs.title)}](${node.attrs.url.replace(/[()]/g, "\\$&")})` : node.attrs.url);
    state.closeBlock(node);
  },
}, {
  ...defaultMarkdownSerializer.marks,
  strike: { open: "~~", close: "~~", mixable: true, expelEnclosingWhitespace: true },
});

function isList(node) {
  return node.type === schema.nodes.bullet_list || node.type === schema.nodes.ordered_list;
}

/** One top-level node as Markdown, without a trailing line break; `previous` is the node written before it. */
export function serializeBlock(node, eol = "\n", previous = null) {
  otherMarker = !!previous && isList(node) && previous.type === node.type;
  const text = serializer.serialize(schema.topNodeType.create(null, node)).replace(/\n+$/, "");
  otherMarker = false;
  return eol === "\n" ? text : text.replace(/\n/g, eol);
}

/** A gap written after a changed block must open with a blank line, or the block's text could run into it. */
function blankLineFirst(gap, eol) {
  return /^\r?\n[ \t]*(\r?\n|$)/.test(gap) ? gap : eol + gap;
}

/** The Markdown for `doc`, reusing the source slice of every top-level node that is unchanged since `source`. */
export function toMarkdown(doc, source) {
  if (doc === source.doc) return source.text;
  const { text, blocks, nodes, eol } = source;
  if (!blocks) {
    const whole = serializer.serialize(doc);
    return eol === "\n" ? whole : whole.replace(/\n/g, eol);
  }
  const index = new Map(nodes.map((node, i) => [node, i]));
  const used = new Set();
  const gap = (i) => text.slice(blocks[i].end, blocks[i + 1].start);
  const separator = eol + eol;
  let out = text.slice(0, blocks[0].start);
  let previous = -2;
  let previousNode = null;
  const emittedGaps = new Set();
  let j = 0;
  doc.forEach((child) => {
    let i = index.get(child);
    // An empty paragraph has no Markdown: it is where the cursor waits, not a block of the story.
    if (i === undefined && child.type === schema.nodes.paragraph && child.content.size === 0) return;
    if (i !== undefined && used.has(i)) i = undefined;
    if (i !== undefined) used.add(i);
    if (j > 0) {
      if (i !== undefined && previous === i - 1) {
        out += gap(previous);
        emittedGaps.add(previous);
      } else if (i !== undefined && i > 0 && !emittedGaps.has(i - 1)) {
        // A changed block before an unchanged one: keep what stood before the unchanged one (reference definitions).
        out += blankLineFirst(gap(i - 1), eol);
        emittedGaps.add(i - 1);
      } else if (previous >= 0 && previous < blocks.length - 1 && /\S/.test(gap(previous)) && !emittedGaps.has(previous)) {
        // Reference definitions stay with the block they followed.
        out += blankLineFirst(gap(previous), eol).replace(/\s*$/, "") + separator;
        emittedGaps.add(previous);
      } else {
        out += separator;
      }
    }
    out += i !== undefined ? text.slice(blocks[i].start, blocks[i].end) : serializeBlock(child, eol, previousNode);
    previous = i === undefined ? -1 : i;
    previousNode = child;
    j++;
  });
  // Reference definitions between blocks that are gone must not go with them.
  let orphans = "";
  for (let i = 0; i < blocks.length - 1; i++) {
    if (!emittedGaps.has(i) && /\S/.test(gap(i))) orphans += separator + gap(i).trim();
  }
  return out + orphans + text.slice(blocks[blocks.length - 1].end);
}
