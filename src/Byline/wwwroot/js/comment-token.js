// Each reader's own comment-form token. The story page is cached and shared, so it carries none: this fetches one when
// the reader comes to the form, and the "too fast" rule counts from that moment. Without this file the first press of
// Post brings the form back with a token and the reader's words, to post again.
(function () {
  "use strict";
  var form = document.getElementById("leave-a-comment");
  var field = form && form.querySelector("input[name='form_token']");
  if (!field || !form.dataset.tokenUrl) { return; }
  // A reader who comes back much later gets a new one; the server accepts a token for three hours.
  var renewAfter = 60 * 60 * 1000;
  var fetchedAt = field.value ? Date.now() : 0;
  var pending = null;

  function fetchToken() {
    if (pending || (field.value && Date.now() - fetchedAt < renewAfter)) { return; }
    pending = fetch(form.dataset.tokenUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (token) {
        if (token) { field.value = token; fetchedAt = Date.now(); }
      }, function () { /* Offline: the server's answer to a post without a token is the form again. */ })
      .then(function () { pending = null; });
  }

  form.addEventListener("focusin", fetchToken);
  // A reader quicker than the network: the post waits for the token on its way.
  form.addEventListener("submit", function (event) {
    if (!pending) { return; }
    event.preventDefault();
    pending.then(function () { form.submit(); });
  });
  // Back to a page kept in memory after posting: its token is spent.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { field.value = ""; }
  });
})();
