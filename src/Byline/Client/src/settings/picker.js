// A multi-choice type-ahead: chosen values as chips (each with a "Remove {name}" button) and a text box that is an
// ARIA 1.2 combobox with a listbox popup. Arrow keys move through the choices, Enter takes one, Escape closes the list
// (or clears the text), Backspace in an empty box removes the last chip. It keeps no value itself: the caller's
// onChoose and onRemove write the form's own field, which stays what the form sends.
import { announcer } from "./announce.js";

let pickers = 0;

export class Picker {
  /**
   * @param {object} options
   * @param {HTMLFormElement} options.form
   * @param {HTMLLabelElement} options.label the field's label: the picker goes after it, and it now names the text box
   * @param {string} options.noun "author" or "tag", for messages
   * @param {(query: string, signal: AbortSignal) => Promise<Array<{key: string, label: string, detail?: string}>>} options.search
   * @param {(choice: object) => boolean} options.onChoose adds the choice to the form; false when it was there already
   * @param {(key: string) => void} options.onRemove
   * @param {Array<{key: string, label: string}>} options.chosen the chips to start with
   */
  constructor({ form, label, noun, placeholder, search, onChoose, onRemove, chosen, describedBy }) {
    const n = ++pickers;
    this.search = search;
    this.onChoose = onChoose;
    this.onRemove = onRemove;
    this.noun = noun;
    this.announce = announcer(form);
    this.choices = [];
    this.active = -1;
    this.timer = 0;
    this.request = null;

    this.root = document.createElement("div");
    this.root.className = "picker";
    this.chips = document.createElement("ul");
    this.chips.className = "picker__chips";
    this.chips.setAttribute("aria-label", `Chosen ${noun}s`);
    this.box = document.createElement("div");
    this.box.className = "picker__box";
    this.input = document.createElement("input");
    this.input.type = "text";
    this.input.id = `picker-${n}`;
    this.input.className = "picker__input";
    this.input.autocomplete = "off";
    this.input.spellcheck = false;
    this.input.placeholder = placeholder ?? "";
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.input.setAttribute("aria-controls", `picker-${n}-list`);
    if (describedBy) {
      this.input.setAttribute("aria-describedby", describedBy);
    }
    this.list = document.createElement("ul");
    this.list.id = `picker-${n}-list`;
    this.list.className = "picker__list";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", `${capitalise(noun)} suggestions`);
    this.list.hidden = true;
    this.box.append(this.input, this.list);
    this.root.append(this.chips, this.box);
    label.after(this.root);
    label.htmlFor = this.input.id;
    this.label = label;

    for (const choice of chosen) {
      this.addChip(choice);
    }
    this.input.addEventListener("input", () => this.typed());
    this.input.addEventListener("keydown", (event) => this.key(event));
    this.input.addEventListener("blur", () => this.close());
    // mousedown, not click: choosing with the pointer must not blur the box (which closes the list) first.
    this.list.addEventListener("mousedown", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) {
        event.preventDefault();
        this.choose(Number(option.dataset.index));
      }
    });
  }

  get text() {
    return this.input.value.trim();
  }

  typed() {
    window.clearTimeout(this.timer);
    if (this.text === "") {
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => this.lookUp(), 150);
  }

  async lookUp() {
    const query = this.text;
    if (query === "") {
      this.close();
      return;
    }
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    try {
      const choices = await this.search(query, request.signal);
      if (request.signal.aborted || query !== this.text) {
        return;
      }
      this.show(choices);
    } catch (error) {
      if (error.name !== "AbortError") {
        this.show([]);
        this.announce(error.message || `The ${this.noun} search did not answer.`);
      }
    }
  }

  show(choices) {
    this.choices = choices;
    this.active = -1;
    this.list.replaceChildren(
      ...choices.map((choice, index) => {
        const option = document.createElement("li");
        option.id = `${this.list.id}-${index}`;
        option.className = "picker__option" + (choice.create ? " picker__option--create" : "");
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.index = String(index);
        const name = document.createElement("span");
        name.className = "picker__name";
        name.textContent = choice.label;
        option.append(name);
        if (choice.detail) {
          const detail = document.createElement("span");
          detail.className = "picker__detail";
          detail.textContent = choice.detail;
          option.append(" ", detail);
        }
        return option;
      }),
    );
    if (choices.length === 0) {
      const empty = document.createElement("li");
      empty.className = "picker__empty";
      empty.setAttribute("role", "presentation");
      empty.textContent = `No ${this.noun} matches “${this.text}”.`;
      this.list.append(empty);
    }
    this.open();
    this.announce(
      choices.length === 0
        ? `No ${this.noun}s found.`
        : `${choices.length} ${choices.length === 1 ? "suggestion" : "suggestions"}. Use the arrow keys to choose.`,
    );
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    window.clearTimeout(this.timer);
    this.request?.abort();
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
  }

  get isOpen() {
    return !this.list.hidden;
  }

  move(step) {
    if (this.choices.length === 0) {
      return;
    }
    const next = this.active < 0 ? (step > 0 ? 0 : this.choices.length - 1) : (this.active + step + this.choices.length) % this.choices.length;
    this.highlight(next);
  }

  highlight(index) {
    const options = this.list.querySelectorAll("[role=option]");
    options.forEach((option, i) => option.setAttribute("aria-selected", i === index ? "true" : "false"));
    this.active = index;
    const option = options[index];
    if (option) {
      this.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
  }

  key(event) {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        event.preventDefault();
        if (!this.isOpen) {
          if (this.text !== "") {
            this.lookUp();
          }
          return;
        }
        this.move(event.key === "ArrowDown" ? 1 : -1);
        return;
      case "Enter":
        // Enter in the box never sends the form: it takes the highlighted choice, or the typed text (see enter()).
        if (this.isOpen || this.text !== "") {
          event.preventDefault();
          if (this.isOpen && this.active >= 0) {
            this.choose(this.active);
          } else {
            this.enter();
          }
        }
        return;
      case "Escape":
        if (this.isOpen) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== "") {
          event.preventDefault();
          this.input.value = "";
        }
        return;
      case "Backspace":
        if (this.input.value === "" && this.chips.lastElementChild) {
          this.removeChip(this.chips.lastElementChild);
        }
        return;
      default:
    }
  }

  /** Enter with no choice highlighted: the subclass's behaviour (tags take the text); by default, nothing. */
  enter() {}

  choose(index) {
    const choice = this.choices[index];
    if (!choice) {
      return;
    }
    this.take(choice);
  }

  take(choice) {
    this.close();
    this.input.value = "";
    if (this.onChoose(choice)) {
      this.addChip(choice);
      this.announce(`Added ${choice.chipLabel ?? choice.label}.`);
    } else {
      this.announce(`${choice.chipLabel ?? choice.label} is already chosen.`);
    }
    this.input.focus();
  }

  addChip(choice) {
    const label = choice.chipLabel ?? choice.label;
    const chip = document.createElement("li");
    chip.className = "picker__chip";
    chip.dataset.key = choice.key;
    const name = document.createElement("span");
    name.textContent = label;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "picker__remove";
    remove.setAttribute("aria-label", `Remove ${label}`);
    remove.textContent = "×";
    remove.addEventListener("click", () => {
      this.removeChip(chip);
      this.input.focus();
    });
    chip.append(name, remove);
    this.chips.append(chip);
  }

  removeChip(chip) {
    const label = chip.querySelector("span")?.textContent ?? "";
    chip.remove();
    this.onRemove(chip.dataset.key);
    this.announce(`Removed ${label}.`);
  }

  chosenKeys() {
    return [...this.chips.children].map((chip) => chip.dataset.key);
  }
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** GETs a lookup endpoint's JSON; a refusal's message becomes the error. */
export async function lookUp(path, query, signal) {
  const response = await fetch(`${path}?q=${encodeURIComponent(query)}`, {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
    signal,
  });
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.includes("json")) {
    // The sign-in page instead of JSON: the member's session ended.
    throw new Error("Sign in again to search.");
  }
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.message ?? "The search did not answer.");
  }
  return body;
}
