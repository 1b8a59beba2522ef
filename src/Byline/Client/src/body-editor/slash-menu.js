// The "/" menu: typed at the start of an empty paragraph, it lists the blocks (a listbox the arrows, Enter and Escape
// drive, or the mouse); the letters after "/" filter it.
import { Plugin, PluginKey } from "prosemirror-state";
import { setBlockType, wrapIn } from "prosemirror-commands";
import { wrapInList } from "prosemirror-schema-list";
import { schema } from "./schema.js";
import { insertDivider, insertTable } from "./commands.js";
import { pickImage } from "./images.js";
import { insertEmbed } from "./embed-dialog.js";

const { nodes } = schema;

export const blocks = [
  { id: "heading", label: "Heading", hint: "##", run: setBlockType(nodes.heading, { level: 2 }) },
  { id: "subheading", label: "Subheading", hint: "###", run: setBlockType(nodes.heading, { level: 3 }) },
  { id: "quote", label: "Quote", hint: ">", run: wrapIn(nodes.blockquote) },
  { id: "list", label: "Bulleted list", hint: "-", run: wrapInList(nodes.bullet_list) },
  { id: "numbered", label: "Numbered list", hint: "1.", run: wrapInList(nodes.ordered_list) },
  { id: "table", label: "Table", hint: "|", run: insertTable },
  { id: "divider", label: "Divider", hint: "---", run: insertDivider },
  { id: "image", label: "Image", hint: "", view: (view) => pickImage(view) },
  { id: "embed", label: "Embed", hint: "", view: (view) => insertEmbed(view) },
  { id: "code", label: "Code block", hint: "```", run: setBlockType(nodes.code_block) },
];

const key = new PluginKey("slash-menu");

function query(state) {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== nodes.paragraph || $from.parentOffset !== $from.parent.content.size) return null;
  const match = /^\/([\w ]{0,20})$/.exec($from.parent.textContent);
  if (!match || $from.parent.childCount > 1) return null;
  return { text: match[1].toLowerCase(), from: $from.start(), to: $from.pos };
}

function matching(text) {
  return blocks.filter((b) => b.label.toLowerCase().includes(text) || b.id.startsWith(text));
}

export function slashMenu() {
  let menu = null;
  let selected = 0;
  let dismissedAt = null;
  let current = null;
  let items = [];

  function choose(view, block) {
    const { from, to } = current;
    hide(view);
    view.dispatch(view.state.tr.delete(from, to));
    if (block.run) block.run(view.state, view.dispatch, view);
    else block.view(view);
    view.focus();
  }

  function hide(view) {
    if (menu) menu.hidden = true;
    current = null;
    view.dom.removeAttribute("aria-activedescendant");
    view.dom.removeAttribute("aria-controls");
  }

  function render(view) {
    if (!menu) {
      menu = document.createElement("ul");
      menu.className = "bd-slash";
      menu.id = "bd-slash-menu";
      menu.setAttribute("role", "listbox");
      menu.setAttribute("aria-label", "Insert a block");
      view.dom.parentNode.append(menu);
      menu.addEventListener("mousedown", (event) => event.preventDefault());
    }
    menu.replaceChildren(...items.map((block, i) => {
      const option = document.createElement("li");
      option.id = `bd-slash-${block.id}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", String(i === selected));
      option.className = "bd-slash__option";
      option.textContent = block.label;
      if (block.hint) {
        const hint = document.createElement("span");
        hint.className = "bd-slash__hint";
        hint.textContent = block.hint;
        hint.setAttribute("aria-hidden", "true");
        option.append(hint);
      }
      option.addEventListener("click", () => choose(view, block));
      return option;
    }));
    const coords = view.coordsAtPos(current.to);
    const box = view.dom.parentNode.getBoundingClientRect();
    menu.style.left = `${Math.max(0, coords.left - box.left)}px`;
    menu.style.top = `${coords.bottom - box.top + 4}px`;
    menu.hidden = false;
    view.dom.setAttribute("aria-controls", menu.id);
    view.dom.setAttribute("aria-activedescendant", `bd-slash-${items[selected].id}`);
    const active = menu.children[selected];
    if (active && active.scrollIntoView) active.scrollIntoView({ block: "nearest" });
  }

  return new Plugin({
    key,
    view: () => ({
      update(view) {
        const found = query(view.state);
        if (!found || (dismissedAt === found.from)) {
          if (!found) dismissedAt = null;
          if (current) hide(view);
          return;
        }
        const list = matching(found.text);
        if (list.length === 0) {
          if (current) hide(view);
          return;
        }
        if (!current || current.text !== found.text) selected = 0;
        current = found;
        items = list;
        render(view);
      },
      destroy() {
        if (menu) menu.remove();
      },
    }),
    props: {
      handleKeyDown(view, event) {
        if (!current || !menu || menu.hidden) return false;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          selected = (selected + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
          render(view);
          return true;
        }
        if (event.key === "Enter" || event.key === "Tab") {
          choose(view, items[selected]);
          return true;
        }
        if (event.key === "Escape") {
          dismissedAt = current.from;
          hide(view);
          return true;
        }
        return false;
      },
    },
  });
}
