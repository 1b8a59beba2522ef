// The compact toolbar: one tab stop (roving tabindex; arrows, Home and End move along it), each button labelled and,
// for marks and blocks, showing whether it is on (aria-pressed).
import { undo, redo } from "prosemirror-history";
import { schema } from "./schema.js";
import { blockActive, markActive, toggleBold, toggleItalic, toggleCode, toggleHeading, toggleQuote, toggleList } from "./commands.js";
import { editLink } from "./link.js";
import { pickImage } from "./images.js";

const mod = /Mac|iPhone|iPad/.test(navigator.platform || "") ? "⌘" : "Ctrl+";

const icons = {
  bold: '<path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z"/>',
  italic: '<path d="M10 5h8M6 19h8M14 5l-4 14"/>',
  link: '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
  quote: '<path d="M6 17c2-1 3-3 3-6H6V7h5v4c0 4-2 6-5 7M15 17c2-1 3-3 3-6h-3V7h5v4c0 4-2 6-5 7"/>',
  list: '<path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01"/>',
  numbered: '<path d="M10 6h10M10 12h10M10 18h10M4 5l1-1v4M4 14h2l-2 3h2"/>',
  code: '<path d="M8 8l-4 4 4 4M16 8l4 4-4 4"/>',
  image: '<rect x="3.5" y="5" width="17" height="14" rx="2"/><path d="M3.5 16l5-5 4 4 3-3 5 5"/><circle cx="15.5" cy="9" r="1.2"/>',
  undo: '<path d="M9 7L4 12l5 5M4 12h10a6 6 0 0 1 0 12"/>',
};

function icon(name) {
  return `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${icons[name]}</svg>`;
}

export function buttons() {
  return [
    { id: "bold", label: "Bold", keys: `${mod}B`, icon: icon("bold"), run: toggleBold, active: (s) => markActive(s, schema.marks.strong) },
    { id: "italic", label: "Italic", keys: `${mod}I`, icon: icon("italic"), run: toggleItalic, active: (s) => markActive(s, schema.marks.em) },
    { id: "link", label: "Link", keys: `${mod}K`, icon: icon("link"), view: editLink, active: (s) => markActive(s, schema.marks.link) },
    { id: "h2", label: "Heading H2", keys: "## ", text: "H2", run: toggleHeading(2), active: (s) => blockActive(s, schema.nodes.heading, { level: 2 }) },
    { id: "h3", label: "Subheading H3", keys: "### ", text: "H3", run: toggleHeading(3), active: (s) => blockActive(s, schema.nodes.heading, { level: 3 }) },
    { id: "quote", label: "Quote", keys: "> ", icon: icon("quote"), run: toggleQuote, active: (s) => blockActive(s, schema.nodes.blockquote) },
    { id: "list", label: "Bulleted list", keys: "- ", icon: icon("list"), run: toggleList(schema.nodes.bullet_list), active: (s) => blockActive(s, schema.nodes.bullet_list) },
    { id: "numbered", label: "Numbered list", keys: "1. ", icon: icon("numbered"), run: toggleList(schema.nodes.ordered_list), active: (s) => blockActive(s, schema.nodes.ordered_list) },
    { id: "code", label: "Inline code", keys: `${mod}E`, icon: icon("code"), run: toggleCode, active: (s) => markActive(s, schema.marks.code) },
    { id: "image", label: "Image", keys: "", icon: icon("image"), view: (v) => pickImage(v) },
    { id: "undo", label: "Undo", keys: `${mod}Z`, text: "↶", run: undo },
    { id: "redo", label: "Redo", keys: `${mod}⇧Z`, text: "↷", run: redo },
  ];
}

/** Builds the toolbar; returns { element, update(state), setSource(on) }. `getView` gives the editor's view. */
export function createToolbar(getView, onToggleSource) {
  const element = document.createElement("div");
  element.className = "bd-toolbar";
  element.setAttribute("role", "toolbar");
  element.setAttribute("aria-label", "Body formatting");
  const list = buttons();
  const nodes = [];
  for (const spec of list) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `bd-toolbar__button bd-toolbar__button--${spec.id}`;
    button.setAttribute("aria-label", spec.label);
    button.title = spec.keys ? `${spec.label} (${spec.keys.trim()})` : spec.label;
    if (spec.icon) button.innerHTML = spec.icon;
    else button.textContent = spec.text;
    if (spec.active) button.setAttribute("aria-pressed", "false");
    button.tabIndex = nodes.length === 0 ? 0 : -1;
    // The editor keeps its selection when a button is clicked with the mouse.
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => {
      const view = getView();
      if (spec.view) spec.view(view);
      else {
        spec.run(view.state, view.dispatch, view);
        view.focus();
      }
    });
    if (spec.id === "h2" || spec.id === "undo") element.append(separator());
    element.append(button);
    nodes.push({ spec, button });
  }
  element.append(separator());
  const source = document.createElement("button");
  source.type = "button";
  source.className = "bd-toolbar__button bd-toolbar__source";
  source.textContent = "Markdown";
  source.title = "Edit the Markdown source";
  source.setAttribute("aria-pressed", "false");
  source.tabIndex = -1;
  source.addEventListener("click", () => onToggleSource(source.getAttribute("aria-pressed") !== "true"));
  element.append(source);
  const focusable = [...nodes.map((n) => n.button), source];

  element.addEventListener("keydown", (event) => {
    const index = focusable.indexOf(document.activeElement);
    if (index < 0) return;
    let next = null;
    const enabled = focusable.filter((b) => !b.disabled);
    const at = enabled.indexOf(focusable[index]);
    if (event.key === "ArrowRight") next = enabled[(at + 1) % enabled.length];
    else if (event.key === "ArrowLeft") next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (event.key === "Home") next = enabled[0];
    else if (event.key === "End") next = enabled[enabled.length - 1];
    if (!next) return;
    event.preventDefault();
    for (const b of focusable) b.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });
  element.addEventListener("focusin", (event) => {
    if (!focusable.includes(event.target)) return;
    for (const b of focusable) b.tabIndex = b === event.target ? 0 : -1;
  });

  return {
    element,
    update(state) {
      for (const { spec, button } of nodes) {
        if (spec.active) {
          const on = String(!!spec.active(state));
          if (button.getAttribute("aria-pressed") !== on) button.setAttribute("aria-pressed", on);
        }
      }
    },
    setSource(on) {
      source.setAttribute("aria-pressed", String(on));
      for (const { button } of nodes) button.disabled = on;
      if (on) {
        for (const b of focusable) b.tabIndex = -1;
        source.tabIndex = 0;
      }
    },
  };
}

function separator() {
  const span = document.createElement("span");
  span.className = "bd-toolbar__separator";
  span.setAttribute("aria-hidden", "true");
  return span;
}
