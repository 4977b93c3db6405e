/**
 * Redirects stay on the host the client asked for. The code-spelling redirects
 * (proxy.ts) are built from the server's own URL, which Next.js turns into
 * a relative Location; the production server (scripts/server.ts) also passes
 * every Location through `relativeLocation`, so no header a client sends
 * (Host, X-Forwarded-Host, X-Forwarded-Proto) can make a redirect point elsewhere.
 */

/** Cache-Control for the permanent spelling redirects (apig0308 → APIG.0308): a day, in browsers and proxies. */
export const REDIRECT_CACHE_CONTROL = "public, max-age=86400";

/**
 * A Location value reduced to a path on this host: an absolute (`https://h/p`)
 * or scheme-relative (`//h/p`) URL keeps only its path, query and fragment, and
 * a path never starts with two slashes or a backslash (which browsers read as a
 * host). Relative values that are already safe are returned unchanged.
 */
export function relativeLocation(location: string): string {
  const value = location.trim();
  let rest = value;
  const colon = value.indexOf(":");
  const slash = value.indexOf("/");
  if (colon > 0 && (slash === -1 || colon < slash)) {
    // scheme:...; keep what follows the authority.
    rest = value.slice(colon + 1);
    if (!rest.startsWith("//") && !rest.startsWith("\\\\") && !rest.startsWith("/\\") && !rest.startsWith("\\/")) return "/";
  }
  if (rest.startsWith("//") || rest.startsWith("\\\\") || rest.startsWith("/\\") || rest.startsWith("\\/")) {
    const afterAuthority = rest.slice(2);
    let end = afterAuthority.length;
    for (const stop of ["/", "\\", "?", "#"]) {
      const at = afterAuthority.indexOf(stop);
      if (at !== -1 && at < end) end = at;
    }
    rest = afterAuthority.slice(end);
  }
  if (rest === "" || rest.startsWith("?") || rest.startsWith("#")) rest = `/${rest}`;
  // Collapse leading slashes and backslashes to one slash.
  let start = 0;
  while (start < rest.length && (rest[start] === "/" || rest[start] === "\\")) start++;
  if (start > 0) rest = `/${rest.slice(start)}`;
  return rest;
}

/** A `Refresh: 0;url=<target>` header (Next.js sends one with each redirect) with its target reduced the same way. */
export function relativeRefresh(refresh: string): string {
  const at = refresh.toLowerCase().indexOf("url=");
  if (at === -1) return refresh;
  return `${refresh.slice(0, at + 4)}${relativeLocation(refresh.slice(at + 4))}`;
}
