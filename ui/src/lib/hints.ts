// Which first-run hints the user has closed, remembered per view in the webview's local storage (a storage that
// cannot be used — private mode, a test without one — just shows the hints again).
const KEY = "zhanban.hints.seen";

function read(): string[] {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function hintSeen(view: string): boolean {
  return read().includes(view);
}

export function markHintSeen(view: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify([...new Set([...read(), view])]));
  } catch {
    // Not remembered: the hint shows again next time, nothing worse.
  }
}
