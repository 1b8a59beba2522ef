// A small modal form in a native <dialog>: labelled fields, a primary button, optional extra buttons, and a place for
// a message. Resolves with { action, values } (action is the button's value) or null when cancelled (Escape too).
let counter = 0;

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

/**
 * fields: [{ name, label, type, value, required, hint }]; buttons: [{ value, label, quiet }] after the primary one.
 * `build(parts)` may add content (a preview, a progress bar) and `onSubmit(values, parts)` may keep the dialog open by
 * returning a message (or a promise of one); null/undefined closes it.
 */
export function formDialog({ title, fields, submitLabel, buttons = [], build, onSubmit, className }) {
  const id = `bd-${++counter}`;
  return new Promise((resolve) => {
    const inputs = {};
    const message = el("p", { class: "bd-dialog__message", role: "alert" });
    const rows = fields.map((f) => {
      if (f.type === "checkbox") {
        const box = el("input", { id: `${id}-${f.name}`, name: f.name, type: "checkbox", checked: !!f.checked });
        inputs[f.name] = box;
        return el("div", { class: "bd-dialog__field bd-dialog__field--check" }, box, el("label", { for: box.id, text: f.label }));
      }
      const input = f.type === "textarea"
        ? el("textarea", { id: `${id}-${f.name}`, name: f.name, rows: 2 })
        : el("input", { id: `${id}-${f.name}`, name: f.name, type: f.type || "text", required: !!f.required, autocomplete: "off" });
      input.value = f.value || "";
      if (f.required) input.setAttribute("aria-required", "true");
      inputs[f.name] = input;
      const hint = f.hint ? el("p", { class: "bd-dialog__hint", id: `${id}-${f.name}-hint`, text: f.hint }) : null;
      if (hint) input.setAttribute("aria-describedby", hint.id);
      return el("div", { class: "bd-dialog__field" },
        el("label", { for: input.id, text: f.label + (f.required ? " (required)" : "") }), input, hint);
    });
    const submit = el("button", { type: "submit", class: "button", value: "ok", text: submitLabel });
    const extra = buttons.map((b) => el("button", { type: "submit", class: "button button--quiet", value: b.value, text: b.label, formnovalidate: true }));
    const cancel = el("button", { type: "button", class: "button button--quiet", text: "Cancel" });
    const heading = el("h2", { class: "bd-dialog__title", id: `${id}-title`, text: title });
    const form = el("form", { method: "dialog", class: "bd-dialog__form" }, heading, ...rows);
    const dialog = el("dialog", { class: `bd-dialog ${className || ""}`, "aria-labelledby": heading.id }, form);
    const parts = { dialog, form, inputs, message, submit };
    if (build) build(parts);
    form.append(message, el("div", { class: "bd-dialog__buttons" }, submit, ...extra, cancel));
    let result = null;
    let busy = false;
    const finish = () => {
      dialog.close();
    };
    cancel.addEventListener("click", () => { result = null; finish(); });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (busy) return;
      const action = event.submitter ? event.submitter.value : "ok";
      if (action === "ok" && !form.reportValidity()) return;
      const values = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.type === "checkbox" ? v.checked : v.value.trim()]));
      if (onSubmit && action === "ok") {
        busy = true;
        submit.disabled = true;
        message.textContent = "";
        try {
          const problem = await onSubmit(values, parts);
          if (problem) {
            message.textContent = problem;
            return;
          }
        } finally {
          busy = false;
          submit.disabled = false;
        }
      }
      result = { action, values };
      finish();
    });
    dialog.addEventListener("cancel", (event) => {
      if (busy) event.preventDefault();
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = fields.find((f) => !f.value && f.type !== "checkbox") || fields[0];
    if (first) inputs[first.name].focus();
  });
}
