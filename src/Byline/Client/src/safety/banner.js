// The offer to restore work kept in this browser: a notice before the form with Restore and Dismiss, announced to
// screen readers (role="alert"), removed once the member chooses.
export function offerRestore(form, copy, { onRestore, onDismiss }) {
  const banner = document.createElement("section");
  banner.className = "notice safety-restore";
  banner.setAttribute("role", "alert");
  banner.setAttribute("aria-labelledby", "safety-restore-title");

  const title = document.createElement("h2");
  title.className = "notice__title";
  title.id = "safety-restore-title";
  title.textContent = "Unsaved changes were kept in this browser";
  const text = document.createElement("p");
  const when = new Date(copy.savedAt);
  text.textContent = Number.isNaN(when.getTime())
    ? "This browser kept changes to this story that were not saved. Restore them into the form?"
    : `This browser kept changes to this story from ${when.toLocaleString([], { dateStyle: "medium", timeStyle: "short" })} that were not saved. Restore them into the form?`;

  const buttons = document.createElement("div");
  buttons.className = "button-row";
  const restore = button("Restore", "button");
  const dismiss = button("Dismiss", "button button--quiet");
  buttons.append(restore, dismiss);
  banner.append(title, text, buttons);

  const done = (action) => () => {
    banner.remove();
    action();
    form.querySelector("[name='Draft.Headline']")?.focus();
  };
  restore.addEventListener("click", done(onRestore));
  dismiss.addEventListener("click", done(onDismiss));
  form.before(banner);
  return banner;
}

function button(label, className) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = label;
  return element;
}
