// The newsroom's story editor. Each module enhances a form the server already renders and that works without it.
import "prosemirror-view/style/prosemirror.css";

function start() {
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
