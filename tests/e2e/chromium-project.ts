import { devices, type Project } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/lib/chromium";

/** The browser every Playwright run drives (server and static edition alike): Debian's Chromium on a desktop viewport. */
export function chromiumProject(name: string): Project {
  return {
    name,
    use: {
      ...devices["Desktop Chrome"],
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
    },
  };
}
