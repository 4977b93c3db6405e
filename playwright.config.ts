import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/e2e/chromium-project";

const port = Number(process.env.E2E_PORT ?? 3100);
const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") ?? "";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    trace: "off",
  },
  projects: [chromiumProject("chromium")],
  webServer: {
    // The production build, served the way the README serves it (scripts/server.ts, as `npm start`).
    command: "node --import tsx scripts/server.ts",
    url: `http://127.0.0.1:${port}${basePath}/api/codes`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...(process.env as Record<string, string>), PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
