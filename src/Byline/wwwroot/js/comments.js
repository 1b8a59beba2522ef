// Progressive enhancement for the conversation: "Reply" opens the comment form under the comment instead of
// reloading the page. Without this file the same link loads the page with the form set up as a reply.
(function () {
  "use strict";
  var form = document.getElementById("leave-a-comment");
  if (!form || form.querySelector("input[name='parentId']")) { return; }
  var home = form.parentNode;
  var next = form.nextSibling;
  var heading = document.getElementById("leave-a-comment-heading");
  var button = form.querySelector("button[type='submit']");
  var note = null;
  var parent = document.createElement("input");
  parent.type = "hidden";
  parent.name = "parentId";

  function reset() {
    if (note) { note.remove(); note = null; }
    parent.remove();
    heading.textContent = "Leave a comment";
    button.textContent = "Post comment";
    home.insertBefore(form, next);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-reply-to]");
    if (!link) { return; }
    event.preventDefault();
    reset();
    var comment = document.getElementById("comment-" + link.dataset.replyTo);
    parent.value = link.dataset.replyTo;
    form.appendChild(parent);
    heading.textContent = "Reply";
    button.textContent = "Post reply";
    note = document.createElement("p");
    note.className = "comment-form__replying";
    var who = document.createElement("bdi");
    who.textContent = link.dataset.replyName;
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "link-button";
    cancel.textContent = "Cancel reply";
    cancel.addEventListener("click", function () { reset(); form.scrollIntoView({ block: "start" }); });
    note.append("Replying to ", who, ". ", cancel);
    heading.after(note);
    comment.after(form);
    form.querySelector("textarea[name='body']").focus();
  });
})();
