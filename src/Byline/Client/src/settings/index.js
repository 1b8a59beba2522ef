// Filled in by the settings work of issue 13.
export function start() {}
