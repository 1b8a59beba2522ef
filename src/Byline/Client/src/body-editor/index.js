// Filled in by the body-editor work of issue 13.
export function start() {}
