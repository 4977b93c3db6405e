/**
 * Which edition the browser tests run against: the Node server (playwright.config.ts) or the static
 * edition served as plain files (playwright.static.config.ts sets STATIC_EDITION=1).
 */
export const isStaticEdition = process.env.STATIC_EDITION === "1";

/** The reason a test is skipped in the static edition: what it needs that plain files cannot give. */
export function needsNodeServer(what: string): string {
  return `needs the Node server: ${what} (the static edition is plain files; README, "Static edition", server-only)`;
}
