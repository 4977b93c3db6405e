/**
 * Security headers for every response. Only this origin may supply scripts,
 * styles, images, fonts, workers and connections; framing is off unless
 * origins are listed (wikis that embed pages), in FRAME_ANCESTORS.
 *
 * No inline script runs in production: `script-src` is `'self'` plus, on an
 * HTML page, the hashes of that page's own Next.js bootstrap scripts (static
 * pages) and a per-response nonce (pages rendered on request). The production
 * server (scripts/server.ts) adds those per page; see lib/http/page-csp.ts.
 */

export interface Header {
  key: string;
  value: string;
}

/** Parses a FRAME_ANCESTORS value: origins separated by spaces or commas. Anything that is not an origin is refused. */
export function parseFrameAncestors(value: string | undefined): string[] {
  const origins = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(origin) && !/^https?:\/\/\*\.[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(origin)) {
      throw new Error(
        `FRAME_ANCESTORS: "${origin}" is not an origin. List origins such as https://wiki.example.com, separated by spaces or commas.`,
      );
    }
  }
  return origins;
}

export interface CspOptions {
  frameAncestors: string[];
  /** `next dev` needs inline scripts and eval (fast refresh); never set in production. */
  development?: boolean;
  /** Extra `script-src` sources for one response: `'sha256-…'` hashes and a `'nonce-…'`. */
  scriptSources?: readonly string[];
}

export function contentSecurityPolicy({ frameAncestors, development = false, scriptSources = [] }: CspOptions): string {
  const framing = frameAncestors.length > 0 ? frameAncestors.join(" ") : "'none'";
  const script = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptSources];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    // The diagnose page classifies in a Web Worker loaded from this origin.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing}`,
  ].join("; ");
}

/** The headers every response carries; `csp` replaces the default policy (a page's own, with its hashes). */
export function securityHeaders(frameAncestors: string[], development = false, csp?: string): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: csp ?? contentSecurityPolicy({ frameAncestors, development }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (frameAncestors.length === 0) headers.push({ key: "X-Frame-Options", value: "DENY" });
  return headers;
}
