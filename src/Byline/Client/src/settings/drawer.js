// The story settings are open in the HTML (so they work without JavaScript). Beside the writing area (wide screens)
// they stay open; below it (narrow screens) they fold into a "Story settings" disclosure, unless one of them has an
// error the reporter must see.
export const wideScreen = "(min-width: 68.75rem)";

export function startDrawer(form) {
  const details = form.querySelector("#story-settings");
  if (!details) {
    return;
  }
  const wide = window.matchMedia(wideScreen);
  if (!wide.matches && details.dataset.hasErrors !== "true") {
    details.open = false;
  }
  wide.addEventListener("change", (event) => {
    // Wide, the summary is hidden: a closed panel could not be opened again.
    if (event.matches) {
      details.open = true;
    }
  });
}
