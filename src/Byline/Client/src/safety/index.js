// No work is ever lost: the story form warns before the page is left with unsaved changes, saves itself ten seconds
// after a change (autosave.js), and keeps a copy of unsaved work in this browser, offered back when the story is reopened
// after a crash or a closed tab (local-copy.js, banner.js). The form works, and saves, without any of it.
import { snapshot, same, sameWords, restore, setValues } from "./fields.js";
import * as localCopy from "./local-copy.js";
import { offerRestore } from "./banner.js";
import { startAutosave } from "./autosave.js";

const LOCAL_WRITE_MS = 800;

export function start(form) {
  let storyKey = form.dataset.story || "new";
  const version = form.querySelector("[name='Draft.Version']");
  const rendered = snapshot(form);
  // A form the server sent back (a preview, errors, a conflict) holds work it has not stored.
  let dirty = form.dataset.unsaved === "true";
  let leaving = false;
  let writeTimer = null;
  let quiet = false;

  const keepLocally = () => {
    clearTimeout(writeTimer);
    writeTimer = null;
    if (dirty) {
      localCopy.write(storyKey, snapshot(form), Number(version?.value) || 0);
    }
  };
  const scheduleKeep = () => {
    if (writeTimer === null) {
      writeTimer = setTimeout(keepLocally, LOCAL_WRITE_MS);
    }
  };

  if (storyKey !== "new") {
    // A new story's copy is kept under "new" until the page learns its id; once its Save (or move) has brought the
    // member here with the same words, that copy is stored work.
    const fresh = localCopy.read("new");
    if (fresh && sameWords(fresh.fields, rendered)) {
      localCopy.remove("new");
    }
  }

  const kept = localCopy.read(storyKey);
  if (kept && !same(kept.fields, rendered)) {
    offerRestore(form, kept, {
      onRestore() {
        restore(form, kept.fields);
        // From the version the copy was written from: if someone saved since, saving merges with their changes.
        if (version && kept.baseVersion) {
          version.value = kept.baseVersion;
        }
        markChanged();
      },
      onDismiss() {
        localCopy.remove(storyKey);
      },
    });
  } else if (kept && !dirty) {
    localCopy.remove(storyKey);
  }

  const autosave = form.dataset.autosave === "on"
    ? startAutosave(form, {
      storyKey,
      // Once the form is submitted the page is on its way out: a save now would race the submission (and, for a new
      // story, create it twice).
      paused: () => leaving,
      status: document.getElementById("autosave-status"),
      onSaved(everything) {
        if (everything) {
          dirty = false;
          clearTimeout(writeTimer);
          writeTimer = null;
          localCopy.remove(storyKey);
        }
      },
      onMerged(fields) {
        // The merged text is what the server now stores: putting it in the form is not a change of the member's.
        quiet = true;
        try {
          setValues(form, fields);
        } finally {
          quiet = false;
        }
      },
      onCreated(id, editUrl) {
        localCopy.remove(storyKey);
        storyKey = id;
        form.dataset.story = id;
        moveToStory(form, editUrl);
      },
    })
    : null;

  if (dirty) {
    autosave?.changed();
    keepLocally();
  }

  function markChanged() {
    dirty = true;
    autosave?.changed();
    scheduleKeep();
  }

  const belongs = (target) => target === form || target?.form === form;
  for (const type of ["input", "change"]) {
    document.addEventListener(type, (event) => {
      if (!quiet && belongs(event.target)) {
        markChanged();
      }
    });
  }

  form.addEventListener("submit", (event) => {
    // The preview helper submits the form into a frame: the page stays, and so does what is unsaved.
    if (event.submitter?.hasAttribute("data-preview")) {
      return;
    }
    const inFlight = autosave?.inFlight;
    if (inFlight) {
      // An autosave on its way changes the form's version (and a new story's address): the submission waits for it.
      event.preventDefault();
      const submitter = event.submitter;
      inFlight.finally(() => form.requestSubmit(submitter));
      return;
    }
    keepLocally();
    leaving = true;
  });

  // The page's other forms that post and come back here (notes: form[data-keeps-story-work]) leave the page too: what
  // is unsaved is kept in this browser and, where autosave is on, saved first, so the story page that comes back holds
  // it (or offers it back); and leaving that way asks nothing.
  document.addEventListener("submit", (event) => {
    const other = event.target;
    if (!(other instanceof HTMLFormElement) || other === form || !other.hasAttribute("data-keeps-story-work")) {
      return;
    }
    keepLocally();
    if (dirty && autosave && other.dataset.storySaved !== "true") {
      event.preventDefault();
      const submitter = event.submitter;
      other.dataset.storySaved = "true";
      Promise.resolve(autosave.saveNow()).finally(() => {
        keepLocally();
        leaving = true;
        other.requestSubmit(submitter);
        delete other.dataset.storySaved;
      });
      return;
    }
    leaving = true;
  });

  window.addEventListener("beforeunload", (event) => {
    if (dirty && !leaving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  window.addEventListener("pageshow", () => {
    leaving = false;
  });
  window.addEventListener("pagehide", keepLocally);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      keepLocally();
    }
  });
}

// After a new story's first autosave: the address, the form and every button that posts it go to the story.
function moveToStory(form, editUrl) {
  history.replaceState(history.state, "", editUrl);
  const from = "/newsroom/stories/new";
  const retarget = (element, attribute) => {
    const value = element.getAttribute(attribute);
    if (value && value.startsWith(from)) {
      element.setAttribute(attribute, editUrl + value.slice(from.length));
    }
  };
  retarget(form, "action");
  for (const element of [...form.elements, ...document.querySelectorAll(`[form="${form.id}"]`)]) {
    retarget(element, "formaction");
  }
}
