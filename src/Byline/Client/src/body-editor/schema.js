// The body's document model: prosemirror-markdown's CommonMark schema plus what Byline's Markdown holds besides:
// pipe tables, raw HTML (blocks and inline, kept verbatim and never interpreted here), figures (a paragraph holding
// only a media-library image) and embeds (a paragraph holding only a link to a known provider).
import { Schema } from "prosemirror-model";
import { schema as markdownSchema } from "prosemirror-markdown";
import { tableNodes } from "prosemirror-tables";

const tables = tableNodes({
  tableGroup: "block",
  cellContent: "inline*",
  cellAttributes: {
    align: {
      default: null,
      getFromDOM: (dom) => dom.style.textAlign || null,
      setDOMAttr: (value, attrs) => {
        if (value) attrs.class = `align-${value}`;
      },
    },
  },
});

function htmlCard(label, html, inline) {
  const tag = inline ? "span" : "div";
  return [tag, { class: inline ? "pm-html pm-html--inline" : "pm-html", "data-html": html, title: html },
    ["span", { class: "pm-html__label" }, label],
    ["code", { class: "pm-html__code" }, inline ? html : html.replace(/\n+$/, "")]];
}

// Lists made in the editor are tight ("- a\n- b"), as reporters write them; parsed lists keep what their source says.
const base = markdownSchema.spec.nodes;
const tight = (name) => ({ ...base.get(name), attrs: { ...base.get(name).attrs, tight: { default: true } } });

const nodes = base
  .update("bullet_list", tight("bullet_list"))
  .update("ordered_list", tight("ordered_list"))
  .append(tables)
  .addToEnd("html_block", {
    group: "block",
    atom: true,
    selectable: true,
    attrs: { html: { default: "" } },
    parseDOM: [{ tag: "div.pm-html", getAttrs: (dom) => ({ html: dom.getAttribute("data-html") || "" }) }],
    toDOM: (node) => htmlCard("HTML", node.attrs.html, false),
  })
  .addToEnd("html_inline", {
    group: "inline",
    inline: true,
    atom: true,
    attrs: { html: { default: "" } },
    parseDOM: [{ tag: "span.pm-html", getAttrs: (dom) => ({ html: dom.getAttribute("data-html") || "" }) }],
    toDOM: (node) => htmlCard("HTML", node.attrs.html, true),
  })
  .addToEnd("figure", {
    group: "block",
    atom: true,
    selectable: true,
    draggable: true,
    attrs: { src: {}, alt: { default: "" }, title: { default: null } },
    parseDOM: [{
      tag: "figure.pm-figure",
      getAttrs: (dom) => {
        const img = dom.querySelector("img");
        return img ? { src: img.getAttribute("src"), alt: img.getAttribute("alt") || "", title: dom.getAttribute("data-title") } : false;
      },
    }],
    toDOM: (node) => ["figure", { class: "pm-figure", "data-title": node.attrs.title },
      ["img", { src: node.attrs.src, alt: node.attrs.alt, loading: "lazy", decoding: "async" }],
      ["figcaption", { class: node.attrs.title ? "pm-figure__caption" : "pm-figure__caption pm-figure__caption--empty" },
        node.attrs.title || `No caption · alt: ${node.attrs.alt}`]],
  })
  .addToEnd("embed", {
    group: "block",
    atom: true,
    selectable: true,
    attrs: { url: {}, title: { default: null }, provider: { default: "" } },
    parseDOM: [{
      tag: "div.pm-embed",
      getAttrs: (dom) => ({ url: dom.getAttribute("data-url"), title: dom.getAttribute("data-title"), provider: dom.getAttribute("data-provider") || "" }),
    }],
    toDOM: (node) => ["div", { class: "pm-embed", "data-url": node.attrs.url, "data-title": node.attrs.title, "data-provider": node.attrs.provider },
      ["span", { class: "pm-embed__provider" }, node.attrs.provider || "Embed"],
      ["span", { class: "pm-embed__title" }, node.attrs.title || ""],
      ["span", { class: "pm-embed__url" }, node.attrs.url]],
  });

// ~~strike~~ (Markdig's emphasis extras): without the mark a changed paragraph would escape its tildes.
const marks = markdownSchema.spec.marks.addToEnd("strike", {
  parseDOM: [{ tag: "s" }, { tag: "del" }, { style: "text-decoration=line-through" }],
  toDOM: () => ["s", 0],
});

export const schema = new Schema({ nodes, marks });
