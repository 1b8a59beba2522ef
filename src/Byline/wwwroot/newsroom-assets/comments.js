// Progressive enhancement for comment moderation: a "select all on this page" box for the bulk actions.
// Without this file every comment is ticked one by one; the forms work the same.
(function () {
  "use strict";
  var bulk = document.getElementById("bulk");
  if (!bulk) { return; }
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[type=checkbox][name=ids][form=bulk]"));
  if (boxes.length < 2) { return; }

  var label = document.createElement("label");
  label.className = "nr-bulk__all";
  var all = document.createElement("input");
  all.type = "checkbox";
  label.appendChild(all);
  label.appendChild(document.createTextNode(" Select all on this page"));
  bulk.insertBefore(label, bulk.firstChild);

  function sync() {
    var ticked = boxes.filter(function (box) { return box.checked; }).length;
    all.checked = ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  all.addEventListener("change", function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
  boxes.forEach(function (box) { box.addEventListener("change", sync); });
  sync();
})();
