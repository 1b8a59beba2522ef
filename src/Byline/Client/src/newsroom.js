// The newsroom's story editor. Each module enhances the story form the server renders, which works without any of it.
// Contracts between the modules:
// - The body's Markdown lives in textarea[name="Draft.Body"]; body-editor keeps it current (it syncs on every change,
//   debounced, and in the form's "formdata" event) and then dispatches a bubbling "input" event from the textarea.
// - To replace the body from code (a restored copy, a merge), set the textarea's value and dispatch
//   new Event("byline:body-replaced") on the textarea; body-editor reloads from it.
// - A submit whose submitter carries a data-preview attribute (event.submitter.dataset.preview !== undefined) only
//   renders the preview, into a new tab or the preview pane's iframe: it saves nothing and leaves nothing, so the
//   unsaved-changes warning and autosave must ignore it (the form's "formdata" event still fires for it).
// - presence keeps #story-presence (outside the form, rendered only on a saved story's page) current; it reads the
//   form's "input" events to say "typing", and skips its leaving beacon when a form is submitted.
import "prosemirror-view/style/prosemirror.css";
import { start as startBodyEditor } from "./body-editor/index.js";
import { start as startPresence } from "./presence/index.js";
import { start as startPreview } from "./preview/index.js";
import { start as startSafety } from "./safety/index.js";
import { start as startSettings } from "./settings/index.js";

function start() {
  const form = document.getElementById("story-form");
  if (!form) {
    return;
  }
  for (const module of [startBodyEditor, startSettings, startSafety, startPreview, startPresence]) {
    try {
      module(form);
    } catch (error) {
      // One module failing leaves the others, and the plain form, working.
      console.error(error);
    }
  }
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
