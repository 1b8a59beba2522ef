// One polite live region for the settings' announcements (chosen and removed names, result counts, length warnings).
const regions = new WeakMap();

export function announcer(form) {
  let region = regions.get(form);
  if (!region) {
    region = document.createElement("div");
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    region.dataset.settingsAnnouncer = "";
    form.append(region);
    regions.set(form, region);
  }
  let timer = 0;
  return (message) => {
    // Cleared first and filled a moment later, so the same words said twice are announced twice.
    region.textContent = "";
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  };
}
