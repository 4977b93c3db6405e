import type { NextConfig } from "next";
import { parseFrameAncestors, securityHeaders } from "./lib/http/security-headers";

// Read when the app is built (scripts/serve.sh builds right before serving, so set them there).
const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") || undefined;
if (basePath && !/^\/[A-Za-z0-9._~\/-]+$/.test(basePath)) {
  throw new Error(`BASE_PATH: "${process.env.BASE_PATH}" is not a path. Use a sub-path such as /ocr-errors, or leave it unset.`);
}
const frameAncestors = parseFrameAncestors(process.env.FRAME_ANCESTORS);

const nextConfig: NextConfig = {
  basePath,
  // A second build (the base-path test) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "" },
  // `NEXT_OUTPUT=standalone npm run build` makes the self-contained server the Dockerfile ships.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(frameAncestors, process.env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
