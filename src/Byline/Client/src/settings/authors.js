// Authors by type-ahead. select[name="Draft.AuthorIds"] stays what the form sends: the server renders only the story's
// authors and the member as options (not the whole newsroom), and a person chosen here becomes a selected option at
// the end of the list, so the byline keeps the order of the chips. The "Add authors by name" field (the no-JavaScript
// way to reach the others) is set aside.
import { Picker, lookUp } from "./picker.js";

export const peopleLookup = "/newsroom/lookup/people";

export function startAuthors(form) {
  const select = form.querySelector('select[name="Draft.AuthorIds"]');
  const label = select?.labels?.[0];
  if (!select || !label) {
    return;
  }
  const changed = () => {
    select.dispatchEvent(new Event("input", { bubbles: true }));
    select.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const chosen = [...select.selectedOptions].map((option) => ({ key: option.value, label: option.text }));
  const hint = form.querySelector("#authors-hint");
  if (hint) {
    hint.textContent = "Type part of a name, then choose with the arrow keys and Enter. The byline follows this order. Empty: you.";
  }
  const picker = new Picker({
    form,
    label,
    placeholder: "Add an author…",
    noun: "author",
    describedBy: hint?.id,
    chosen,
    search: async (query, signal) => {
      const taken = new Set(picker.chosenKeys());
      const people = await lookUp(peopleLookup, query, signal);
      return people
        .filter((person) => !taken.has(String(person.id)))
        .map((person) => ({ key: String(person.id), label: person.name, detail: person.jobTitle || "" }));
    },
    onChoose: (choice) => {
      let option = [...select.options].find((o) => o.value === choice.key);
      if (option?.selected) {
        return false;
      }
      option ??= new Option(choice.label, choice.key);
      option.selected = true;
      // Last among the options: the selected ones are sent in document order, which is the byline's.
      select.append(option);
      changed();
      return true;
    },
    onRemove: (key) => {
      const option = [...select.options].find((o) => o.value === key);
      if (option) {
        option.selected = false;
      }
      changed();
    },
  });
  select.hidden = true;
  const byName = form.querySelector("[data-authors-by-name]");
  if (byName) {
    byName.hidden = true;
    for (const input of byName.querySelectorAll("input")) {
      input.disabled = true;
    }
  }
}
