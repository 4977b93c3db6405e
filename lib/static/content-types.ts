/** The Content-Type a static host should send for a file of the static edition, by its name's ending. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The OpenSearch descriptions have a type of their own (browsers accept plain XML too). */
const OPENSEARCH = "application/opensearchdescription+xml; charset=utf-8";

export function contentTypeFor(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  if (name === "opensearch.xml") return OPENSEARCH;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "application/octet-stream";
  return TYPES[name.slice(dot)] ?? "application/octet-stream";
}

/**
 * Cache-Control for a file: Next's build assets under `_next/static/` have the build's hash in their names and
 * never change, so a year and immutable; everything else (pages, JSON, 404) must be checked again each time.
 */
export function cacheControlFor(file: string): string {
  return file.startsWith("_next/static/") ? "public, max-age=31536000, immutable" : "no-cache";
}
