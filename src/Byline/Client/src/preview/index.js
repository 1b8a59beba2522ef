// The preview pane: the story as readers will see it, beside the form at 1200 px and wider, over it on smaller screens,
// refreshed while the reporter types. The server renders it (POST …/preview, the public page's own template); this
// module only posts the story form into an iframe. Without JavaScript the same "Preview" button opens it in a new tab.
import "./preview.css";
import { enhanceCopyButtons } from "./copy-link.js";

const FRAME_NAME = "story-preview";
const DEBOUNCE_MS = 800;
const WIDTHS = { desktop: 1280, phone: 390 };
const SIDE_BY_SIDE = "(min-width: 1200px)";

export function start(form) {
  enhanceCopyButtons(document);
  const button = form.querySelector("button[data-preview][formaction]");
  if (!button) {
    return;
  }
  new PreviewPane(form, button);
}

class PreviewPane {
  constructor(form, button) {
    this.form = form;
    this.button = button;
    this.open = false;
    this.stale = true;
    this.loading = false;
    this.queued = false;
    this.scrollY = 0;
    this.width = "desktop";
    this.wide = window.matchMedia(SIDE_BY_SIDE);
    this.refresher = this.createRefresher(button.getAttribute("formaction"));
    this.build();
    this.takeOver(button);

    // The body editor fires "input" from its textarea; selects and checkboxes fire "change".
    const edited = () => this.schedule();
    form.addEventListener("input", edited);
    form.addEventListener("change", edited);
    this.frame.addEventListener("load", () => this.loaded());
    this.wide.addEventListener("change", () => this.layout());
    new ResizeObserver(() => this.fit()).observe(this.viewport);
  }

  // The submit that refreshes the pane: the Preview button's own post, aimed at the iframe. data-preview tells the
  // other modules (unsaved-changes warning, autosave) that this submit neither saves nor leaves the page.
  createRefresher(action) {
    const refresher = document.createElement("button");
    refresher.type = "submit";
    refresher.hidden = true;
    refresher.tabIndex = -1;
    refresher.setAttribute("formaction", action);
    refresher.setAttribute("formtarget", FRAME_NAME);
    // A story still without a headline (a required field) can be previewed all the same.
    refresher.setAttribute("formnovalidate", "");
    refresher.dataset.preview = "refresh";
    this.form.append(refresher);
    return refresher;
  }

  build() {
    const pane = document.createElement("section");
    pane.className = "preview-pane";
    pane.id = "story-preview-pane";
    pane.hidden = true;
    pane.setAttribute("aria-label", "Story preview");
    pane.innerHTML = `
      <div class="preview-pane__bar">
        <span class="preview-pane__title" aria-hidden="true">Preview</span>
        <div class="preview-pane__widths" role="group" aria-label="Preview width">
          <button type="button" class="preview-pane__width" data-width="desktop" aria-pressed="true">Desktop</button>
          <button type="button" class="preview-pane__width" data-width="phone" aria-pressed="false">Phone</button>
        </div>
        <span class="preview-pane__state"></span>
        <button type="button" class="preview-pane__close">Close</button>
      </div>
      <div class="preview-pane__viewport"></div>`;
    const frame = document.createElement("iframe");
    frame.name = FRAME_NAME;
    frame.title = "Preview of the story as readers will see it";
    frame.className = "preview-pane__frame";
    pane.querySelector(".preview-pane__viewport").append(frame);

    this.pane = pane;
    this.frame = frame;
    this.viewport = pane.querySelector(".preview-pane__viewport");
    this.state = pane.querySelector(".preview-pane__state");
    this.widthButtons = [...pane.querySelectorAll("[data-width]")];
    for (const widthButton of this.widthButtons) {
      widthButton.addEventListener("click", () => this.setWidth(widthButton.dataset.width));
    }
    pane.querySelector(".preview-pane__close").addEventListener("click", () => this.setOpen(false));
    pane.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        this.setOpen(false);
      }
    });
    document.body.append(pane);
  }

  // The server's Preview button (a submit into a new tab) becomes the pane's toggle.
  takeOver(button) {
    button.type = "button";
    button.removeAttribute("formaction");
    button.removeAttribute("formtarget");
    button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-controls", this.pane.id);
    button.addEventListener("click", () => this.setOpen(!this.open));
  }

  setOpen(open) {
    this.open = open;
    this.pane.hidden = !open;
    this.button.setAttribute("aria-pressed", String(open));
    this.layout();
    if (open) {
      this.fit();
      if (this.stale) {
        this.refresh();
      }
      if (!this.wide.matches) {
        this.pane.querySelector(".preview-pane__close").focus();
      }
    } else if (this.pane.contains(document.activeElement) || !this.wide.matches) {
      this.button.focus();
    }
  }

  layout() {
    const side = this.open && this.wide.matches;
    document.body.classList.toggle("has-preview-pane", side);
    document.body.classList.toggle("has-preview-overlay", this.open && !side);
    this.pane.classList.toggle("preview-pane--overlay", !this.wide.matches);
  }

  setWidth(width) {
    this.width = width;
    for (const widthButton of this.widthButtons) {
      widthButton.setAttribute("aria-pressed", String(widthButton.dataset.width === width));
    }
    this.fit();
  }

  // The iframe is as wide as the screen it stands for; where the pane is narrower, it is scaled down to fit.
  fit() {
    const width = WIDTHS[this.width];
    const room = this.viewport.clientWidth;
    const height = this.viewport.clientHeight;
    if (room === 0) {
      return;
    }
    const scale = Math.min(1, room / width);
    this.frame.style.width = `${width}px`;
    this.frame.style.height = `${Math.floor(height / scale)}px`;
    this.frame.style.transform = scale < 1 ? `scale(${scale})` : "";
    this.frame.style.marginInline = scale < 1 ? "0" : "auto";
    this.pane.dataset.width = this.width;
  }

  schedule() {
    this.stale = true;
    if (!this.open) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
  }

  refresh() {
    clearTimeout(this.timer);
    if (this.loading) {
      this.queued = true;
      return;
    }
    this.scrollY = this.frameScroll() ?? this.scrollY;
    this.loading = true;
    this.stale = false;
    this.state.textContent = "Updating…";
    this.form.requestSubmit(this.refresher);
  }

  loaded() {
    if (!this.loading) {
      return;
    }
    this.loading = false;
    this.state.textContent = "";
    try {
      // Same origin: the reader keeps their place in the story across refreshes.
      this.frame.contentWindow.scrollTo(0, this.scrollY);
    } catch {
      // A page from elsewhere (a link followed inside the pane) keeps its own scroll.
    }
    if (this.queued) {
      this.queued = false;
      this.refresh();
    }
  }

  frameScroll() {
    try {
      return this.frame.contentWindow?.scrollY;
    } catch {
      return undefined;
    }
  }
}
