import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/e2e/chromium-project";

/**
 * The browser tests against the static edition (`npm run build:static`, then `npm run test:static`):
 * out-static/ served by the plain directory server (scripts/static-dir-server.ts, nginx's try_files and
 * error_page 404), with no Node.js app behind it. STATIC_EDITION=1 tells the tests: those that need the
 * Node server (classify API, /healthz, headers, methods, slow clients, 308 redirects) skip themselves and
 * say why (tests/e2e/edition.ts); tests/e2e/static-edition.spec.ts checks what only the static edition does.
 *
 * STATIC_PORT (default 3400), STATIC_ROOT (default out-static) and BASE_PATH (the static edition's base
 * path, when it was built with one).
 */
process.env.STATIC_EDITION = "1";
const port = Number(process.env.STATIC_PORT ?? 3400);
const root = process.env.STATIC_ROOT ?? "out-static";
const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") ?? "";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two files at a time: a plain file server leaves the CPU to the browsers (the server run uses one worker).
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    trace: "off",
  },
  projects: [chromiumProject("static-chromium")],
  webServer: {
    command: `node --import tsx scripts/static-dir-server.ts --root ${root} --port ${port} --host 127.0.0.1${basePath ? ` --base-path ${basePath}` : ""}`,
    url: `http://127.0.0.1:${port}${basePath}/api/codes.json`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { ...(process.env as Record<string, string>), STATIC_EDITION: "1" },
  },
});
