import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";

/** The number of catalogue entries: one content file each. */
const ENTRY_COUNT = fs.readdirSync(path.join(process.cwd(), "content", "codes")).filter((name) => name.endsWith(".md")).length;

test.describe("home page", () => {
  test("lists every layer with its count and each code's message", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: "Huawei Cloud OCR error codes" })).toBeVisible();
    for (const [layer, count] of [
      ["ocr", 11],
      ["modelarts", 33],
      ["apig", 6],
      ["apigw", 35],
    ] as const) {
      const section = page.getByTestId(`layer-${layer}`);
      await expect(section.getByRole("heading", { level: 2 })).toContainText(`(${count} codes)`);
      await expect(section.getByRole("row")).toHaveCount(count + 1);
    }
    const row = page.getByRole("row", { name: /APIG\.0308/ });
    await expect(row).toContainText("The throttling threshold has been reached");
    await expect(row).toContainText("429");
  });

  test("reads the same with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("./");
    await expect(page.getByRole("link", { name: "ModelArts.4204", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "No documented code" })).toBeVisible();
    await context.close();
  });

  test("a code link opens its page with the keyboard", async ({ page }) => {
    await page.goto("./");
    await page.getByRole("link", { name: "AIS.0103", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/codes\/AIS\.0103$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AIS.0103");
  });
});

test.describe("code page", () => {
  test("shows message, summary, status, layer, whose fix, retry, causes, related codes and sources", async ({ page }) => {
    await page.goto("codes/APIG.0301");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("APIG.0301");
    await expect(page.getByRole("region", { name: "Message", exact: true })).toContainText("Incorrect IAM authentication information.");
    await expect(page.getByTestId("summary")).not.toBeEmpty();
    await expect(page.getByTestId("http-status")).toContainText("401");
    await expect(page.getByTestId("fix-owner")).toContainText("caller");
    await expect(page.getByTestId("retry")).toContainText("5 minutes");
    await expect(page.getByTestId("cause")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "Related codes" }).getByRole("link", { name: "APIGW.0301" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Sources" }).getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  });

  test("every cause and step has a stable anchor that the page scrolls to", async ({ page }) => {
    await page.goto("codes/APIG.0301#cause-token-expired");
    const cause = page.locator("#cause-token-expired");
    await expect(cause.getByRole("heading", { level: 3 })).toContainText("expired");
    await expect(cause).toBeInViewport();
    await expect(page.locator("#cause-token-expired-step-1")).toBeVisible();
  });

  test("copy link and copy as Markdown put the right text on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("codes/APIG.0301");
    await page.getByRole("button", { name: "Copy link to cause: The token has expired" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/codes\/APIG\.0301#cause-token-expired$/);

    await page.getByTestId("copy-markdown").click();
    await expect(page.getByTestId("copy-markdown")).toHaveText("Copied");
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain("## APIG.0301: Incorrect IAM authentication information.");
    expect(markdown).toContain("### Cause: The token has expired");
    expect(markdown).toMatch(/Page: http:\/\/127\.0\.0\.1:\d+.*\/codes\/APIG\.0301/);
  });

  test("the entry without a documented code has a readable address and says so", async ({ page }) => {
    await page.goto("codes/failed-to-obtain-temporary-ak-sk");
    await expect(page.getByTestId("no-code-note")).toContainText("no error code");
    await expect(page.getByRole("region", { name: "Message", exact: true })).toContainText("Failed to obtain the temporary AK/SK");
  });
});

test.describe("redirects", () => {
  for (const spelling of ["apig.0308", "APIG-0308", "apig0308"]) {
    test(`${spelling} redirects permanently to APIG.0308`, async ({ request, page }) => {
      test.skip(
        isStaticEdition,
        needsNodeServer("a 308 answer with a Location (the static edition redirects in the browser: static-edition.spec.ts)"),
      );
      const response = await request.get(`codes/${spelling}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toMatch(/\/codes\/APIG\.0308$/);
      await page.goto(`codes/${spelling}`);
      await expect(page).toHaveURL(/\/codes\/APIG\.0308$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("APIG.0308");
    });
  }
});

test.describe("unknown codes", () => {
  test("another service's code answers 404, names its family and suggests codes", async ({ page }) => {
    const response = await page.goto("codes/VPC.0301");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("VPC.0301");
    await expect(page.getByTestId("unknown-code")).toContainText("VPC");
    await expect(page.getByTestId("closest-codes").getByRole("link").first()).toBeVisible();
  });

  test("an unknown number in a known family suggests that family's nearest codes", async ({ page }) => {
    const response = await page.goto("codes/AIS.9999");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("unknown-code")).toContainText("AIS");
    await expect(page.getByTestId("closest-codes").getByRole("link").first()).toHaveText(/^AIS\./);
  });
});

test.describe("JSON API", () => {
  test.skip(
    isStaticEdition,
    needsNodeServer(
      "GET /api/codes answered per request, any spelling, JSON 404s (the static edition's JSON files: static-edition.spec.ts)",
    ),
  );
  test("GET /api/codes returns the whole catalogue", async ({ request }) => {
    const response = await request.get("api/codes");
    expect(response.status()).toBe(200);
    const entries = await response.json();
    expect(entries).toHaveLength(ENTRY_COUNT);
    const entry = entries.find((e: { code: string }) => e.code === "APIG.0308");
    expect(entry).toMatchObject({ slug: "APIG.0308", layer: "apig", httpStatus: 429 });
    expect(entry.url).toMatch(/\/codes\/APIG\.0308$/);
    expect(typeof entry.message).toBe("string");
    expect(typeof entry.summary).toBe("string");
  });

  test("GET /api/codes/<CODE> returns one entry in any spelling, and a JSON 404 otherwise", async ({ request }) => {
    const one = await request.get("api/codes/apig-0308");
    expect(one.status()).toBe(200);
    expect((await one.json()).code).toBe("APIG.0308");
    const missing = await request.get("api/codes/VPC.0301");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "unknown_code", family: "VPC" });
  });
});
