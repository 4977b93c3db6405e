/**
 * Which edition the browser tests run against: the Node server (playwright.config.ts) or the static
 * edition served as plain files (playwright.static.config.ts sets STATIC_EDITION=1).
 */
import { test } from "@playwright/test";

export const isStaticEdition = process.env.STATIC_EDITION === "1";

/** The reason a test is skipped in the static edition: what it needs that plain files cannot give. */
export function needsNodeServer(what: string): string {
  return `needs the Node server: ${what} (server-only; README, "Static edition")`;
}

/**
 * Skips every test of the calling file in the static edition's quick run: the file checks the same HTML and
 * scripts the server run already checks (layout, axe, the worker's budget), so the static run leaves it out
 * to stay short. STATIC_FULL=1 runs it against the static edition too.
 */
export function sameInBothEditions(what: string): void {
  test.skip(
    isStaticEdition && process.env.STATIC_FULL !== "1",
    `same HTML and scripts as the server run, which checks ${what}; STATIC_FULL=1 runs it on the static edition too`,
  );
}

/**
 * The address of a JSON API answer in this edition: `api/codes`, `api/codes/<CODE>` and their `?lang=zh`
 * are files in the static edition (`api/codes.json`, `api/zh/codes/<CODE>.json`). Canonical codes only there.
 */
export function apiPath(path: string): string {
  if (!isStaticEdition) return path;
  const [pathname = "", query = ""] = path.split("?");
  const zh = new URLSearchParams(query).get("lang") === "zh";
  const rest = pathname.replace(/^api\//, "");
  return `api/${zh ? "zh/" : ""}${rest}.json`;
}
