// Progressive enhancement for the story editor: live word count and reading time, a slug that follows the headline
// until edited by hand, and autosave of drafts. The form works the same without this file.
(function () {
  "use strict";
  var form = document.getElementById("story-form");
  if (!form) { return; }
  var body = form.querySelector("[name='Draft.Body']");
  var headline = form.querySelector("[name='Draft.Headline']");
  var slug = form.querySelector("[name='Draft.Slug']");
  var count = document.getElementById("body-count");
  var status = document.getElementById("autosave-status");
  var version = form.querySelector("[name='Draft.Version']");
  var wordsPerMinute = Number(count && count.dataset.wordsPerMinute) || 238;
  var wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

  function countWords(markdown) {
    var text = markdown.replace(/```[\s\S]*?```/g, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, " ");
    var matches = text.match(wordPattern);
    return matches ? matches.length : 0;
  }

  function showCount() {
    if (!body || !count) { return; }
    var words = countWords(body.value);
    count.textContent = words === 0
      ? "No words yet"
      : words.toLocaleString() + (words === 1 ? " word" : " words") + " \u00b7 " + Math.max(1, Math.ceil(words / wordsPerMinute)) + " min read";
  }

  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120).replace(/-+$/, "");
  }

  if (body) { body.addEventListener("input", showCount); showCount(); }
  if (headline && slug) {
    var slugTouched = slug.value !== "" && slug.value !== slugify(headline.value);
    slug.addEventListener("input", function () { slugTouched = slug.value !== ""; });
    headline.addEventListener("input", function () { if (!slugTouched) { slug.value = slugify(headline.value); } });
  }

  if (form.dataset.autosave !== "on") { return; }
  var dirty = false;
  var saving = null;
  form.addEventListener("input", function () { dirty = true; });
  setInterval(function () {
    if (!dirty || saving) { return; }
    dirty = false;
    var data = new FormData(form);
    saving = fetch(window.location.pathname + "?handler=Autosave", { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (result) {
        if (result.ok && result.json.saved) {
          version.value = result.json.version;
          status.textContent = result.json.message + " " + new Date().toLocaleTimeString();
        } else {
          status.textContent = result.json.message || "Not saved automatically.";
          dirty = true;
        }
      })
      .catch(function () { status.textContent = "Offline: your changes are not saved yet."; dirty = true; })
      .finally(function () { saving = null; });
  }, 15000);
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  // Save, Preview and every workflow button submit this form, which carries the member's text: leaving is safe. An
  // autosave still on its way would make the form's version old, so the submission waits for it and goes with the new one.
  form.addEventListener("submit", function (event) {
    if (saving) {
      event.preventDefault();
      var submitter = event.submitter;
      saving.finally(function () { form.requestSubmit(submitter); });
      return;
    }
    dirty = false;
  });
})();
