// Autosave: ten seconds after a change, and at once when the page is hidden (a closed tab, a switched app on a
// phone). The server decides what a save means for the story's status (a draft is saved; a scheduled or published
// story keeps a pending copy and its live page never changes). A new story's first save creates its draft; the page
// then moves to the story's address and its buttons post to the story.
const DELAY_MS = 10_000;

export function startAutosave(form, { storyKey, status, paused, onSaved, onMerged, onCreated }) {
  const version = form.querySelector("[name='Draft.Version']");
  const headline = form.querySelector("[name='Draft.Headline']");
  let story = storyKey;
  let changes = 0;
  let savedChanges = 0;
  let saving = null;
  let stopped = false;

  const say = (message) => {
    if (status) {
      status.textContent = message;
    }
  };
  const url = () => (story === "new" ? "/newsroom/stories/new?handler=Autosave" : `/newsroom/stories/${story}?handler=Autosave`);

  async function save({ keepalive = false } = {}) {
    if (stopped || saving || changes === savedChanges || paused()) {
      return saving;
    }
    if (story === "new" && headline && headline.value.trim() === "") {
      // A story is created with a headline; until then the work is kept in this browser only.
      return null;
    }
    const sent = changes;
    const body = new FormData(form);
    // A request that outlives the page (keepalive) may carry at most 64 KiB; a longer story is kept in this browser.
    keepalive &&= [...body.values()].reduce((size, value) => size + (typeof value === "string" ? value.length * 3 : value.size), 0) < 60_000;
    saving = (async () => {
      try {
        const response = await fetch(url(), { method: "POST", body, credentials: "same-origin", keepalive, headers: { Accept: "application/json" } });
        const json = await response.json().catch(() => ({}));
        if (response.ok && json.saved) {
          const untouched = changes === sent;
          if (json.id && story === "new") {
            story = String(json.id);
            onCreated(story, json.editUrl);
          }
          if (json.merged && json.fields) {
            // Someone saved meanwhile and the changes merged: the form takes the merged text, unless the member typed
            // since this save left; then the next save merges again from the version the form still holds.
            if (untouched) {
              version.value = json.version;
              onMerged(json.fields);
            }
          } else if (version && json.version !== undefined) {
            version.value = json.version;
          }
          savedChanges = untouched || !json.merged ? sent : savedChanges;
          say(json.message || "Saved automatically.");
          onSaved(changes === savedChanges);
        } else if (response.status === 409 && json.conflict) {
          // Stop here: another save would meet the same newer version. The member's work stays in the form and here.
          stopped = true;
          say(json.message);
        } else {
          say(json.message || "Not saved automatically yet.");
        }
      } catch {
        say("Offline: your changes are kept in this browser and will be saved when the connection returns.");
      } finally {
        saving = null;
      }
    })();
    return saving;
  }

  // Ten seconds after the first change not yet saved (not on a clock of its own, so a page that is only read never
  // saves, and a form submitted soon after the first keystroke goes as the member sent it).
  let timer = null;
  const schedule = () => {
    if (timer === null && !stopped) {
      timer = setTimeout(async () => {
        await save();
        timer = null;
        if (changes !== savedChanges) {
          schedule();
        }
      }, DELAY_MS);
    }
  };
  document.addEventListener("visibilitychange", () => {
    // A new story is created only by a save whose answer the page reads (its address, its version): a tab closing now
    // would create a story the page never learns of, beside the copy this browser keeps and offers back.
    if (document.visibilityState === "hidden" && story !== "new") {
      save({ keepalive: true });
    }
  });

  return {
    changed() {
      changes++;
      schedule();
    },
    get inFlight() {
      return saving;
    },
    // Saves what is unsaved now, without waiting for the timer (before the page is left by another form).
    saveNow() {
      clearTimeout(timer);
      timer = null;
      return save();
    },
  };
}
