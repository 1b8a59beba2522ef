// The body editor (rich editing over the body's Markdown) and the featured-image picker of the story form.
import "./editor.css";
import { BodyEditor } from "./editor.js";
import { enhanceFeaturedImage } from "../media/featured.js";

export function start(form) {
  const textarea = form.querySelector('textarea[name="Draft.Body"]');
  if (textarea) new BodyEditor(form, textarea);
  enhanceFeaturedImage(form);
}
