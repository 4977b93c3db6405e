import { expect, test } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";

// The test build is made with NOTES_DIR=tests/fixtures/team-notes (see package.json "test").
test("a team's own note shows on its code page", async ({ page }) => {
  await page.goto("codes/APIG.0308");
  const notes = page.getByRole("region", { name: "Team notes" });
  await expect(notes).toContainText("Batch scanner hits the rate limit at month end");
  await expect(notes.getByRole("link", { name: "Runbook: OCR throttling" })).toHaveAttribute(
    "href",
    "https://wiki.example.com/runbooks/ocr-throttling",
  );
  // A note marked `lang: zh` shows on the Chinese page only, and the English one on the English page only.
  await expect(notes).not.toContainText("月底批量识别触发流控");
  await page.goto("zh/codes/APIG.0308");
  const zhNotes = page.getByRole("region", { name: "团队备注" });
  await expect(zhNotes).toContainText("月底批量识别触发流控");
  await expect(zhNotes).not.toContainText("Batch scanner hits the rate limit at month end");
});

test("GET /healthz answers 200 with the catalogue loaded", async ({ request }) => {
  test.skip(isStaticEdition, needsNodeServer("/healthz"));
  const response = await request.get("healthz");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toEqual({ status: "ok", entries: expect.any(Number) });
  // The count is the catalogue's own, never written here by hand.
  expect(body.entries).toBe((await (await request.get("api/codes")).json()).length);
});

test("every response carries the security headers", async ({ request }) => {
  test.skip(isStaticEdition, needsNodeServer('response headers (a static host sends its own; README, "Static edition")'));
  for (const path of [
    "./",
    "codes/APIG.0308",
    "api/codes",
    "codes/VPC.0301",
    "diagnose",
    "zh",
    "zh/codes/APIG.0308",
    "zh/codes/VPC.0301",
    "zh/diagnose",
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("the pages load no script, style or font from another origin", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) foreign.push(request.url());
  });
  for (const path of ["./", "codes/APIG.0301", "diagnose"]) await page.goto(path, { waitUntil: "networkidle" });
  expect(foreign).toEqual([]);
});
