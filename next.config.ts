import type { NextConfig } from "next";
import { parseFrameAncestors, securityHeaders } from "./lib/http/security-headers";

// Read when the app is built (scripts/serve.sh builds right before serving, so set them there).
const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") || undefined;
if (basePath && !/^\/[A-Za-z0-9._~/-]+$/.test(basePath)) {
  throw new Error(`BASE_PATH: "${process.env.BASE_PATH}" is not a path. Use a sub-path such as /ocr-errors, or leave it unset.`);
}
const frameAncestors = parseFrameAncestors(process.env.FRAME_ANCESTORS);

const nextConfig: NextConfig = {
  basePath,
  // A second build (the base-path test) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // BUILT_FRAME_ANCESTORS is for the production server (scripts/server.ts), which sets each page's CSP.
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "", BUILT_FRAME_ANCESTORS: frameAncestors.join(" ") },
  // `NEXT_OUTPUT=standalone npm run build` makes the self-contained server the Dockerfile ships.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The classify pool's worker thread is a file of its own (written by `npm run data`): ship it with the standalone server.
  outputFileTracingIncludes: { "/api/classify": ["./generated/classify-worker.mjs"] },
  // piscina starts its own worker script from its package folder: load it from node_modules, not from the bundle.
  serverExternalPackages: ["piscina"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Every response's security headers. In production the CSP allows no inline script (`script-src 'self'`): the
  // production server (scripts/server.ts, `npm start`) replaces it on each HTML page with one that allows that
  // page's own Next.js scripts by hash or nonce. Served by plain `next start`, pages would show but not hydrate.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(frameAncestors, process.env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
