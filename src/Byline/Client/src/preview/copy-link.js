// "Copy link" beside a share-preview link: the link is in a readonly field, which works without this; the button,
// hidden in the server's HTML, appears when there is script to run it.
export function enhanceCopyButtons(root) {
  for (const button of root.querySelectorAll("button[data-copy]")) {
    const field = document.getElementById(button.dataset.copy);
    if (!field) {
      continue;
    }
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        button.textContent = "Copied";
      } catch {
        // No clipboard permission (an http address): the text is selected for Ctrl+C.
        button.textContent = "Press Ctrl+C to copy";
      }
      setTimeout(() => {
        button.textContent = label;
      }, 2500);
    });
  }
}
