// Filled in by the preview work of issue 13.
export function start() {}
