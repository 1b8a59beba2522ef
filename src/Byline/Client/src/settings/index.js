// Story settings: the side panel's drawer on narrow screens, length hints for headline and standfirst, the slug that
// follows the headline, type-ahead for authors and tags, the live search and social previews, and the schedule's
// time in other zones. Each part enhances fields the server renders; without it the plain form does the same work.
import "./settings.css";
import { startDrawer } from "./drawer.js";
import { startHints } from "./hints.js";
import { startSlug } from "./slug.js";
import { startAuthors } from "./authors.js";
import { startTags } from "./tags.js";
import { startSeoPreview } from "./seo-preview.js";
import { startSchedule } from "./schedule.js";

export function start(form) {
  for (const part of [startDrawer, startHints, startSlug, startAuthors, startTags, startSeoPreview, startSchedule]) {
    try {
      part(form);
    } catch (error) {
      // One part failing leaves the others, and the plain fields, working.
      console.error(error);
    }
  }
}
