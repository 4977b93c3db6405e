import { normalizeCode } from "../codes/normalize";

export type CodePathResolution =
  | { kind: "page"; slug: string }
  | { kind: "redirect"; slug: string }
  | { kind: "unknown"; requested: string };

/**
 * Decides what /codes/<segment> shows: the page itself, a permanent redirect to
 * the canonical spelling (apig0308, APIG-0308, apig.0308 → APIG.0308), or the
 * unknown-code page. `slugs` are the catalogue's page slugs.
 */
export function resolveCodePath(segment: string, slugs: readonly string[]): CodePathResolution {
  let requested: string;
  try {
    requested = decodeURIComponent(segment);
  } catch {
    requested = segment;
  }
  if (slugs.includes(requested)) return { kind: "page", slug: requested };

  const canonical = normalizeCode(requested);
  if (canonical) {
    const match = slugs.find((slug) => slug.toLowerCase() === canonical.toLowerCase());
    if (match) return { kind: "redirect", slug: match };
  }
  const folded = requested
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const bySlug = slugs.find((slug) => slug.toLowerCase() === folded);
  if (bySlug) return { kind: "redirect", slug: bySlug };

  return { kind: "unknown", requested };
}

/** The request header in which the proxy (proxy.ts) tells the unknown-code page what was asked for. */
export const REQUESTED_CODE_HEADER = "x-requested-code";
