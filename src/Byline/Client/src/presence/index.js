// Presence: keeps the editor's "Also here" line (#story-presence, rendered by the server with the page) current.
// Every few seconds while the page is visible it posts a heartbeat with the form token, saying whether the member
// typed since the last one, and shows whom the answer names. A hidden page stops beating and drops off after the
// server's lifetime; a page that goes away says so at once with a beacon, unless a form is being sent (the same story
// comes back after a save, and leaving then would make the member blink out for everyone else).
export function start(form) {
  const line = document.getElementById("story-presence");
  const url = line?.dataset.presenceUrl;
  if (!url) {
    return;
  }
  const every = Math.max(1, Number(line.dataset.heartbeatSeconds) || 8) * 1000;
  const token = () => document.querySelector("input[name='__RequestVerificationToken']")?.value ?? "";
  let typed = false;
  let beating = false;
  let submitting = false;

  const show = (others) => {
    const text = others.length > 0 ? `Also here: ${others.map((other) => other.text).join(", ")}` : "";
    // Written only when it changes, so the live region speaks only of arrivals and departures.
    if (line.textContent.trim() !== text) {
      line.textContent = text;
    }
  };

  async function beat() {
    if (beating) {
      return;
    }
    beating = true;
    const body = new FormData();
    body.append("__RequestVerificationToken", token());
    body.append("typing", typed ? "true" : "false");
    typed = false;
    try {
      const response = await fetch(url, { method: "POST", body, credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.ok) {
        const json = await response.json();
        show(Array.isArray(json.others) ? json.others : []);
      }
    } catch {
      // Offline for a moment: the line stays as it was and the next heartbeat tries again.
    } finally {
      beating = false;
    }
  }

  form.addEventListener("input", () => {
    typed = true;
  });
  document.addEventListener("submit", (event) => {
    // A preview renders in another tab or the pane: the page stays, so it is no reason to skip leaving later.
    if (event.submitter?.dataset.preview === undefined) {
      submitting = true;
    }
  }, true);
  window.setInterval(() => {
    if (document.visibilityState === "visible") {
      beat();
    }
  }, every);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      beat();
    }
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) {
      // Back from the browser's page cache: the member is here again.
      submitting = false;
      beat();
    }
  });
  window.addEventListener("pagehide", () => {
    if (!submitting) {
      const body = new FormData();
      body.append("__RequestVerificationToken", token());
      navigator.sendBeacon(`${url}?handler=Leave`, body);
    }
  });
}
