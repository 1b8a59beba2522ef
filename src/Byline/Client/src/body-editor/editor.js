// The rich body editor over textarea[name="Draft.Body"], which stays the source of truth: the editor writes Markdown
// back to it (debounced, and before the form is sent) only once the document has changed, and reloads from it when
// another module replaces it ("byline:body-replaced") or when the member leaves the Markdown view.
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { baseKeymap, chainCommands } from "prosemirror-commands";
import { dropCursor } from "prosemirror-dropcursor";
import { gapCursor } from "prosemirror-gapcursor";
import { splitListItem, liftListItem, sinkListItem } from "prosemirror-schema-list";
import { goToNextCell, tableEditing } from "prosemirror-tables";
import { schema } from "./schema.js";
import { parseMarkdown, serializeBlock, toMarkdown } from "./markdown.js";
import { markdownRules } from "./rules.js";
import { slashMenu } from "./slash-menu.js";
import { attribution } from "./attribution.js";
import { editFigure, imageHandlers } from "./images.js";
import { editLink } from "./link.js";
import { createToolbar } from "./toolbar.js";
import { hardBreak, toggleBold, toggleCode, toggleItalic, toggleHeading } from "./commands.js";
import { followWordCount } from "./word-count.js";

const syncDelay = 300;

function plugins() {
  const item = schema.nodes.list_item;
  return [
    markdownRules(),
    slashMenu(),
    keymap({
      "Mod-b": toggleBold,
      "Mod-i": toggleItalic,
      "Mod-e": toggleCode,
      "Mod-`": toggleCode,
      "Mod-k": (_state, _dispatch, view) => {
        if (view) editLink(view);
        return true;
      },
      "Mod-z": undo,
      "Shift-Mod-z": redo,
      "Mod-y": redo,
      "Mod-Alt-2": toggleHeading(2),
      "Mod-Alt-3": toggleHeading(3),
      "Shift-Enter": hardBreak,
      "Mod-Enter": hardBreak,
      Enter: chainCommands((_state, _dispatch, view) => (view ? editFigure(view) : false), splitListItem(item)),
      "Mod-[": liftListItem(item),
      "Mod-]": sinkListItem(item),
    }),
    keymap({ Tab: goToNextCell(1), "Shift-Tab": goToNextCell(-1) }),
    keymap(baseKeymap),
    history(),
    dropCursor({ class: "bd-dropcursor" }),
    gapCursor(),
    tableEditing(),
    attribution(),
  ];
}

export class BodyEditor {
  constructor(form, textarea) {
    this.form = form;
    this.textarea = textarea;
    this.timer = 0;
    this.sourceMode = false;
    this.showCount = followWordCount(textarea);

    this.wrapper = document.createElement("div");
    this.wrapper.className = "bd-editor";
    this.toolbar = createToolbar(() => this.view, (on) => this.setSourceMode(on));
    this.surface = document.createElement("div");
    this.surface.className = "bd-editor__surface";
    this.wrapper.append(this.toolbar.element, this.surface);
    textarea.before(this.wrapper);
    this.wrapper.append(textarea);

    const { doc, source } = parseMarkdown(textarea.value);
    this.source = source;
    this.written = doc;
    this.view = new EditorView(this.surface, {
      state: EditorState.create({ doc, plugins: plugins() }),
      attributes: {
        class: "bd-prose",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Body",
        "aria-describedby": textarea.getAttribute("aria-describedby") || "",
        spellcheck: "true",
      },
      handlePaste: imageHandlers.handlePaste,
      handleDrop: imageHandlers.handleDrop,
      handleDoubleClickOn: imageHandlers.handleDoubleClickOn,
      dispatchTransaction: (tr) => this.apply(tr),
    });
    this.toolbar.update(this.view.state);
    textarea.hidden = true;
    this.wrapper.classList.add("is-rich");

    textarea.addEventListener("byline:body-replaced", () => this.reload());
    // The form is about to be sent (a button, Enter in a field, requestSubmit): the textarea must be current.
    form.addEventListener("submit", () => this.flush(), true);
    // So is it before another form of the page that keeps the story's work (a note) is sent, and when the member leaves
    // the editor: the safety module saves only what the textarea holds, and 300 ms of typing must not be left out.
    document.addEventListener("submit", (event) => {
      if (event.target !== form && event.target.hasAttribute?.("data-keeps-story-work")) this.flush();
    }, true);
    this.view.dom.addEventListener("blur", () => this.flush());
    form.addEventListener("formdata", (event) => {
      if (this.flush() || this.changed()) event.formData.set(textarea.name, textarea.value);
    });
    form.addEventListener("keydown", (event) => this.saveShortcut(event));
    // The label names the textarea; in the rich view it should bring the member to the editor.
    const label = form.querySelector(`label[for="${textarea.id}"]`);
    if (label) label.addEventListener("click", (event) => {
      if (!this.sourceMode) {
        event.preventDefault();
        this.view.focus();
      }
    });
    // For the browser tests and the typing benchmark, which drive the editor from page scripts.
    window.bylineBodyEditor = this;
  }

  apply(tr) {
    const state = this.view.state.apply(tr);
    this.view.updateState(state);
    if (tr.docChanged) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), syncDelay);
    }
    if (tr.docChanged || tr.selectionSet || tr.storedMarksSet) this.toolbar.update(state);
  }

  changed() {
    return this.view.state.doc !== this.source.doc;
  }

  /** Writes the document's Markdown to the textarea if it changed since last written; true when it wrote. */
  flush() {
    clearTimeout(this.timer);
    if (this.sourceMode) return false;
    const doc = this.view.state.doc;
    if (doc === this.written) return false;
    this.written = doc;
    const markdown = toMarkdown(doc, this.source);
    if (markdown === this.textarea.value) return false;
    this.textarea.value = markdown;
    this.textarea.dispatchEvent(new Event("input", { bubbles: true }));
    return true;
  }

  /** Every top-level block serialized afresh, as if all had changed (tests compare how Markdig renders it). */
  reserialized() {
    const parts = [];
    let previous = null;
    this.view.state.doc.forEach((node) => {
      parts.push(serializeBlock(node, "\n", previous));
      previous = node;
    });
    return `${parts.join("\n\n")}\n`;
  }

  /** Reloads the editor from the textarea (a replaced body, or the member leaving the Markdown view). */
  reload() {
    clearTimeout(this.timer);
    const { doc, source } = parseMarkdown(this.textarea.value);
    this.source = source;
    this.written = doc;
    this.view.updateState(EditorState.create({ doc, plugins: this.view.state.plugins }));
    this.toolbar.update(this.view.state);
    this.showCount();
  }

  setSourceMode(on) {
    if (on === this.sourceMode) return;
    if (on) {
      this.flush();
      this.sourceMode = true;
      this.surface.hidden = true;
      this.textarea.hidden = false;
      this.wrapper.classList.replace("is-rich", "is-source");
      this.toolbar.setSource(true);
      this.textarea.focus();
    } else {
      this.sourceMode = false;
      this.reload();
      this.textarea.hidden = true;
      this.surface.hidden = false;
      this.wrapper.classList.replace("is-source", "is-rich");
      this.toolbar.setSource(false);
      this.view.focus();
    }
  }

  saveShortcut(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
    const save = this.form.querySelector('button[formaction*="handler=Save"], button[name="handler"][value="Save"]');
    if (!save) return;
    event.preventDefault();
    this.flush();
    save.click();
  }
}
