/**
 * Security headers for every response. Only this origin may supply scripts,
 * styles, images, fonts, workers and connections; framing is off unless
 * origins are listed (wikis that embed pages), in FRAME_ANCESTORS.
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

export function securityHeaders(frameAncestors: string[], development = false): Header[] {
  const framing = frameAncestors.length > 0 ? frameAncestors.join(" ") : "'none'";
  const csp = [
    "default-src 'self'",
    // Next.js streams its page data in inline scripts; development also needs eval for fast refresh.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing}`,
  ].join("; ");
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (frameAncestors.length === 0) headers.push({ key: "X-Frame-Options", value: "DENY" });
  return headers;
}
