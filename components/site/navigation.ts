/**
 * Address changes that work the same on the Node server and on a static host (the static edition).
 *
 * Next's client router fetches a page's data from the server before it shows the page; a static host
 * answers that request with the page's HTML, and Next then loads the page in full, dropping the address's
 * fragment and the state of the page left behind. So:
 * - a URL that only records the page's own state (the search query) is written with the History API,
 *   which Next's router follows without asking the server for anything;
 * - an address whose fragment carries data (a paste handed to the diagnose page) is opened as a whole
 *   page load, which keeps the fragment everywhere.
 */

function withBasePath(path: string): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${path}`;
}

/** Writes `path` (a site path without the base path, query included) as the current address: a new history entry or in place. */
export function writeAddress(path: string, mode: "push" | "replace"): void {
  const url = withBasePath(path);
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** Opens `path` (without the base path, with a `#fragment`) as a whole page load, fragment kept. */
export function openWithFragment(path: string): void {
  window.location.assign(withBasePath(path));
}
