// Live length counts beside the headline and standfirst: "42 / 70", or "180 / 160–300" for a range. Past the aim the
// count turns into a warning (the field's maxlength stays the hard limit). Screen readers hear about it once, when
// the text crosses the aim, not on every keystroke.
import { announcer } from "./announce.js";

export function startHints(form) {
  const announce = announcer(form);
  for (const count of form.querySelectorAll("[data-count-for]")) {
    const field = form.elements.namedItem(count.dataset.countFor);
    if (!field) {
      continue;
    }
    const min = Number(count.dataset.aimMin) || 0;
    const max = Number(count.dataset.aimMax) || Infinity;
    const aim = min > 0 ? `${min}–${max}` : `${max}`;
    let wasOver = false;
    const show = () => {
      const length = field.value.length;
      const over = length > max;
      count.textContent = `${length} / ${aim}`;
      count.classList.toggle("story-count--over", over);
      count.title = over ? `Longer than the ${max} characters to aim for` : "";
      if (over !== wasOver) {
        const label = field.labels?.[0]?.textContent ?? "The text";
        announce(over ? `${label} is longer than ${max} characters.` : `${label} is back within ${max} characters.`);
        wasOver = over;
      }
    };
    field.addEventListener("input", show);
    show();
    wasOver = field.value.length > max;
  }
}
