// A copy of the member's unsaved work in this browser (localStorage), one per story ("new" for a story not yet
// created): the fields, when they were written and the version they were written from. It survives a crash or a
// closed tab; it is removed once the server holds the same work.
const PREFIX = "byline:unsaved:";

export function keyFor(story) {
  return PREFIX + story;
}

export function read(story) {
  try {
    const raw = localStorage.getItem(keyFor(story));
    const copy = raw ? JSON.parse(raw) : null;
    return copy && typeof copy === "object" && copy.fields ? copy : null;
  } catch {
    return null;
  }
}

export function write(story, fields, baseVersion) {
  try {
    localStorage.setItem(keyFor(story), JSON.stringify({ fields, savedAt: new Date().toISOString(), baseVersion }));
    return true;
  } catch {
    // Storage full or refused (private mode): autosave and the leave warning still guard the work.
    return false;
  }
}

export function remove(story) {
  try {
    localStorage.removeItem(keyFor(story));
  } catch {
    // Nothing kept, nothing to remove.
  }
}
