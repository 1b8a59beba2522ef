// Tags by type-ahead. input[name="Draft.Tags"] (names separated by commas) stays what the form sends. Existing tags
// come from the lookup; text that names no tag is offered as "Create tag “…”" (created when the story is saved, as
// before). A comma or Enter also takes the typed text, and text still in the box when the form is sent is kept.
import { Picker, lookUp } from "./picker.js";

export const tagsLookup = "/newsroom/lookup/tags";

function names(text) {
  const seen = new Set();
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => {
      const key = name.toLocaleLowerCase();
      if (name === "" || seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    });
}

class TagPicker extends Picker {
  enter() {
    this.takeText();
  }

  takeText() {
    for (const name of names(this.input.value)) {
      this.take({ key: name, label: name });
    }
    this.input.value = "";
  }
}

export function startTags(form) {
  const carrier = form.querySelector('input[name="Draft.Tags"]');
  const label = carrier?.labels?.[0];
  if (!carrier || !label) {
    return;
  }
  let tags = names(carrier.value);
  const write = () => {
    carrier.value = tags.join(", ");
    carrier.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const hint = form.querySelector("#tags-hint");
  if (hint) {
    hint.textContent = "Type to find a tag; choose with the arrow keys and Enter. A new tag is created when you save.";
  }
  const picker = new TagPicker({
    form,
    label,
    placeholder: "Add a tag…",
    noun: "tag",
    describedBy: hint?.id,
    chosen: tags.map((name) => ({ key: name, label: name })),
    search: async (query, signal) => {
      const taken = new Set(tags.map((t) => t.toLocaleLowerCase()));
      const found = await lookUp(tagsLookup, query, signal);
      const choices = found
        .filter((tag) => !taken.has(tag.name.toLocaleLowerCase()))
        .map((tag) => ({ key: tag.name, label: tag.name }));
      const exists = found.some((tag) => tag.name.toLocaleLowerCase() === query.toLocaleLowerCase());
      if (!exists && !taken.has(query.toLocaleLowerCase())) {
        choices.push({ key: query, label: `Create tag “${query}”`, chipLabel: query, create: true });
      }
      return choices;
    },
    onChoose: (choice) => {
      if (tags.some((t) => t.toLocaleLowerCase() === choice.key.toLocaleLowerCase())) {
        return false;
      }
      tags.push(choice.key);
      write();
      return true;
    },
    onRemove: (key) => {
      tags = tags.filter((t) => t !== key);
      write();
    },
  });
  carrier.hidden = true;
  // A comma ends a tag, as in the plain field.
  picker.input.addEventListener("input", () => {
    const text = picker.input.value;
    const cut = text.lastIndexOf(",");
    if (cut >= 0) {
      const rest = text.slice(cut + 1);
      picker.input.value = text.slice(0, cut);
      picker.takeText();
      picker.input.value = rest.trimStart();
    }
  });
  // Typed but not yet taken when the form is sent (Save, Preview, a workflow button): it is meant as a tag.
  form.addEventListener("submit", () => {
    if (picker.input.value.trim() !== "") {
      picker.takeText();
    }
  });
}
