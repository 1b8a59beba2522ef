// The schedule field is in the site's time zone ("Publish at (Europe/London)"). Beside it, live, the same moment in
// the member's own zone and in UTC, when they differ from the site's, so nobody schedules an hour off.
export function offsetMinutes(instant, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - instant) / 60000);
}

/** The instant a wall-clock time ("2026-12-07T14:30") names in `timeZone`, or null when it is not a time. */
export function instantIn(local, timeZone) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Twice: the zone's offset at the first guess may differ from the offset at the answer (a clock change between).
  const first = wall - offsetMinutes(wall, timeZone) * 60000;
  return wall - offsetMinutes(first, timeZone) * 60000;
}

export function startSchedule() {
  const input = document.querySelector("#publish-at[data-time-zone]");
  const out = document.querySelector("[data-publish-at-elsewhere]");
  if (!input || !out) {
    return;
  }
  const site = input.dataset.timeZone;
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const show = () => {
    let instant;
    try {
      instant = instantIn(input.value, site);
    } catch {
      instant = null; // A zone this browser does not know: say nothing rather than something wrong.
    }
    if (instant === null) {
      out.textContent = "";
      return;
    }
    const format = (timeZone) =>
      new Intl.DateTimeFormat(undefined, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(instant);
    const siteOffset = offsetMinutes(instant, site);
    const lines = [];
    if (mine && offsetMinutes(instant, mine) !== siteOffset) {
      lines.push(`Your time (${mine}): ${format(mine)}`);
    }
    if (siteOffset !== 0) {
      lines.push(`UTC: ${format("UTC")}`);
    }
    out.textContent = lines.length === 0 ? "The same time in UTC and where you are." : lines.join(" · ");
  };
  input.addEventListener("input", show);
  input.addEventListener("change", show);
  show();
}
