// The story form's fields as plain data, to keep in the browser and to put back. Taken through FormData, so the body
// editor's "formdata" sync runs first and the copy holds the body as Markdown; the form token and the version are not
// part of what the member wrote.
const NOT_WRITTEN = new Set(["__RequestVerificationToken", "Draft.Version", "move", "handler"]);
const BODY = "Draft.Body";

export function snapshot(form) {
  const fields = {};
  for (const [name, value] of new FormData(form)) {
    if (NOT_WRITTEN.has(name) || typeof value !== "string") {
      continue;
    }
    (fields[name] ??= []).push(value);
  }
  return fields;
}

export function same(a, b) {
  return canonical(a) === canonical(b);
}

// The headline and body alone, as the server stores them (trimmed, one kind of line break): a saved story's other
// fields may differ from what was typed (a slug made from the headline, the member as author).
export function sameWords(a, b) {
  const words = (fields) => [
    (fields["Draft.Headline"]?.[0] ?? "").trim(),
    (fields["Draft.Body"]?.[0] ?? "").replace(/\r\n?/g, "\n"),
  ].join("\u0000");
  return words(a) === words(b);
}

// Kept and put back, but not what makes a copy differ: the server proposes it afresh on every page (an hour from now,
// to the minute), so a copy written a minute earlier would always look unsaved.
const PROPOSED_BY_SERVER = new Set(["PublishAt"]);

function canonical(fields) {
  return JSON.stringify(Object.keys(fields).filter((name) => !PROPOSED_BY_SERVER.has(name)).sort().map((name) => [name, fields[name]]));
}

// Puts kept values back into the form's own controls (hidden inputs are the server's business and are left alone),
// firing the events a member's typing would, so the other modules follow. The body goes through the body editor's
// contract: set the textarea, then "byline:body-replaced".
export function restore(form, fields) {
  for (const element of controlsOf(form)) {
    const name = element.name;
    if (!name || NOT_WRITTEN.has(name) || element.type === "hidden" || !(name in fields)) {
      continue;
    }
    const values = fields[name];
    if (element.type === "checkbox" || element.type === "radio") {
      element.checked = values.includes(element.value);
    } else if (element instanceof HTMLSelectElement) {
      for (const option of element.options) {
        option.selected = values.includes(option.value);
      }
    } else {
      element.value = values[0] ?? "";
    }
    if (name === BODY) {
      element.dispatchEvent(new Event("byline:body-replaced"));
    }
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

// Sets fields the server sent back (a merge), given as one value per name.
export function setValues(form, values) {
  const fields = {};
  for (const [name, value] of Object.entries(values)) {
    fields[name] = [value ?? ""];
  }
  restore(form, fields);
}

// The form's controls, with those outside it that belong to it (form="story-form", such as the schedule time).
export function controlsOf(form) {
  return Array.from(form.elements);
}
