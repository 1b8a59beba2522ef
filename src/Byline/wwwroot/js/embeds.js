// Embeds that respect readers: a story page loads nothing from YouTube, X or any other provider until the reader asks.
// The server wrote each embed as a facade (provider, title, a plain link that works without this file) and put the
// frame's address and rules in data- attributes, so the provider rules live in one place (Content/EmbedRules.cs).
// This file shows the "Load" button and, on click, puts the provider's frame where the facade's card was.
(function () {
  "use strict";
  document.querySelectorAll("figure.embed[data-embed-src] .embed__consent").forEach(function (consent) {
    consent.hidden = false;
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".embed__load");
    var figure = button && button.closest("figure.embed[data-embed-src]");
    if (!figure) { return; }
    var data = figure.dataset;
    var address;
    try { address = new URL(data.embedSrc); } catch (e) { return; }
    if (address.protocol !== "https:") { return; }

    var frame = document.createElement("iframe");
    frame.className = "embed__frame";
    frame.src = address.href;
    frame.title = data.embedTitle || "Embedded content";
    // No sandbox attribute only where the server said so: a browser shows no PDF in a sandboxed frame.
    if (data.embedSandbox !== undefined) { frame.setAttribute("sandbox", data.embedSandbox); }
    if (data.embedAllow) {
      frame.setAttribute("allow", data.embedAllow);
      frame.allowFullscreen = data.embedAllow.indexOf("fullscreen") >= 0;
    }
    frame.referrerPolicy = data.embedReferrer || "no-referrer";

    // The link stays under the frame: the source is one click away, and readers can still leave for it.
    var card = figure.querySelector(".embed__card");
    var link = card.querySelector(".embed__title a");
    var caption = document.createElement("figcaption");
    caption.className = "embed__caption";
    caption.append(data.embedProvider ? data.embedProvider + ": " : "", link);
    card.replaceWith(frame);
    figure.append(caption);
    figure.classList.add("embed--loaded");
    frame.focus();
  });
})();
