/**
 * A page that must answer with an error status but still be whole HTML.
 *
 * Next.js gives a page no way to set its status: `notFound()` in a page
 * rendered on request answers 404 with an empty shell that only script fills
 * in, so with script off (or blocked) the page is blank. The unknown-code page
 * therefore renders normally, and proxy.ts marks its response with this
 * header; the production server (lib/http/app-server.ts) answers such an HTML
 * response with the status named, and drops the header.
 */
export const PAGE_STATUS_HEADER = "x-page-status";

/** The statuses a page may ask for this way. */
export function pageStatusFrom(value: unknown): number | null {
  return value === "404" || value === "410" ? Number(value) : null;
}
