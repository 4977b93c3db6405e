import { expect, test } from "@playwright/test";

// The test build is made with NOTES_DIR=tests/fixtures/team-notes (see package.json "test").
test("a team's own note shows on its code page", async ({ page }) => {
  await page.goto("codes/APIG.0308");
  const notes = page.getByRole("region", { name: "Team notes" });
  await expect(notes).toContainText("Batch scanner hits the rate limit at month end");
  await expect(notes.getByRole("link", { name: "Runbook: OCR throttling" })).toHaveAttribute("href", "https://wiki.example.com/runbooks/ocr-throttling");
});

test("GET /healthz answers 200 with the catalogue loaded", async ({ request }) => {
  const response = await request.get("healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", entries: 85 });
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["./", "codes/APIG.0308", "api/codes", "codes/VPC.0301", "diagnose"]) {
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
