import { expect, test, type Page } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";
import { pasteBox, searchbox, searchResults } from "./locators";

/**
 * Getting into search and out of it fast: "/" pressed before the page's JavaScript has started, a response
 * pasted into the search box (opens the diagnosis), and `/?q=` in a browser without JavaScript.
 */

/** The base path the app is served under ("" or "/ocr-errors"). */
const base = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

const TRACEBACK = `Traceback (most recent call last):
  File "ocr.py", line 12, in <module>
    response = client.recognize_general_text(request)
huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: {"status_code":400,"request_id":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}`;

/**
 * Holds back the app's JavaScript (Next's chunks) until `release` is called, so a test can act in the moment
 * between the page being drawn and the app starting, every time rather than by luck.
 */
async function holdAppScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: Turbopack keeps the stylesheet among the chunks too, and holding it would hold the page.
  await page.route(
    (url) => url.pathname.includes("/_next/static/chunks/") && url.pathname.endsWith(".js"),
    async (route) => {
      await gate;
      await route.continue();
    },
  );
  return release;
}

test.describe('"/" before the app has started', () => {
  const pages = [
    { name: "home page", path: "./", testId: "search-input-page" },
    { name: "code page (header search)", path: "codes/APIG.0308", testId: "search-input-header" },
    { name: "Chinese home page", path: "zh", testId: "search-input-page" },
  ];
  for (const target of pages) {
    test(`${target.name}: the key and what is typed after it land in the search box`, async ({ page }) => {
      const release = await holdAppScripts(page);
      await page.goto(target.path, { waitUntil: "domcontentloaded" });
      // The app has not started (its chunks are held): only the tiny early script is running.
      await page.waitForFunction(() => (window as unknown as { __earlyKeys?: boolean }).__earlyKeys === true);
      await expect(page.getByTestId(target.testId)).toHaveCount(0);
      await page.keyboard.press("/");
      await page.keyboard.type("rate limit");
      release();
      const box = page.getByTestId(target.testId);
      await expect(box).toHaveValue("rate limit");
      await expect(box).toBeFocused();
      // Typing goes on in the same box, after what was there.
      await page.keyboard.type("ed");
      await expect(box).toHaveValue("rate limited");
    });
  }

  test("a / typed into another field stays a character in that field", async ({ page }) => {
    const release = await holdAppScripts(page);
    await page.goto("./", { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => (window as unknown as { __earlyKeys?: boolean }).__earlyKeys === true);
    await page.getByRole("textbox", { name: "Paste an error response", exact: true }).focus();
    await page.keyboard.type("a/b");
    release();
    await expect(searchbox(page)).toHaveValue("");
    await expect(page.getByRole("textbox", { name: "Paste an error response", exact: true })).toHaveValue("a/b");
  });
});

test.describe("a response pasted into the search box", () => {
  test("opens the diagnosis at once, with its line breaks, labelled for what it is", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("codes/APIG.0308");
    const box = searchbox(page);
    await box.click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), TRACEBACK);
    await page.keyboard.press("ControlOrMeta+V");
    await expect(page).toHaveURL(new RegExp(`${base}/diagnose#`));
    // The paste arrives whole: a one-line search box would have joined its lines.
    await expect(pasteBox(page)).toHaveValue(TRACEBACK);
    await expect(page.getByTestId("paste-kind")).toHaveText("Read as: Python traceback.");
    await expect(page.getByTestId("finding").first()).toContainText("AIS.0103");
  });

  test("words pasted into the search box stay a search", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("./");
    const box = searchbox(page);
    await box.click();
    await page.evaluate(() => navigator.clipboard.writeText("image size"));
    await page.keyboard.press("ControlOrMeta+V");
    await expect(box).toHaveValue("image size");
    await expect(searchResults(page).getByRole("link").first()).toContainText("AIS.0103");
    await expect(page).not.toHaveURL(/diagnose/);
  });

  test("in Chinese, it opens the Chinese diagnosis", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("zh");
    const box = page.getByTestId("search-input-page");
    await box.click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), TRACEBACK);
    await page.keyboard.press("ControlOrMeta+V");
    await expect(page).toHaveURL(new RegExp(`${base}/zh/diagnose#`));
    await expect(page.getByTestId("paste-kind")).toHaveText(/^识别为：Python/);
  });
});

test.describe("search without JavaScript", () => {
  const serverRendered = needsNodeServer("search results rendered on the server for a browser without JavaScript");
  test("/?q=rate+limit shows the matching codes, with the query kept in the box", async ({ browser }) => {
    test.skip(isStaticEdition, serverRendered);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("./?q=rate+limit");
    await expect(page.getByRole("searchbox", { name: "Search error codes" })).toHaveValue("rate limit");
    const links = searchResults(page).getByRole("link");
    await expect(links.filter({ hasText: "APIG.0308" })).toHaveCount(1);
    await expect(links.first()).toHaveAttribute("href", new RegExp(`^${base}/codes/`));
    // The page rendered for the search links to the catalogue rather than listing all of it again.
    await expect(page.getByTestId("whole-catalogue").getByRole("link")).toHaveAttribute("href", base || "/");
    await expect(page.getByRole("heading", { level: 2, name: /API Gateway \(APIG\.\*\)/ })).toHaveCount(0);
    await context.close();
  });

  test("the plain form submits a search and the next page lists its results", async ({ browser }) => {
    test.skip(isStaticEdition, serverRendered);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("codes/APIG.0308");
    const box = page.getByRole("searchbox", { name: "Search error codes" });
    await box.fill("image size");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${base}/?\\?q=image\\+size$`));
    await expect(page.getByRole("searchbox", { name: "Search error codes" })).toHaveValue("image size");
    await expect(searchResults(page).getByRole("link").first()).toContainText("AIS.0103");
    await context.close();
  });

  test("filters in the address apply, and /zh?q= answers in Chinese", async ({ browser }) => {
    test.skip(isStaticEdition, serverRendered);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("./?status=429");
    const links = searchResults(page).getByRole("link");
    await expect(links.first()).toBeVisible();
    for (const text of await links.allTextContents()) expect(text).toContain("429");
    await page.goto("zh?q=%E9%99%90%E6%B5%81");
    await expect(page.getByRole("searchbox", { name: "搜索错误码" })).toHaveValue("限流");
    const zhResults = page.getByRole("list", { name: "搜索结果" });
    await expect(zhResults.getByRole("link").filter({ hasText: "APIG.0308" }).first()).toHaveAttribute(
      "href",
      `${base}/zh/codes/APIG.0308`,
    );
    await context.close();
  });

  test("with JavaScript, the same address shows the same first result and typing goes on as usual", async ({ page }) => {
    await page.goto("./?q=rate+limit");
    const box = searchbox(page);
    await expect(box).toHaveValue("rate limit");
    await expect(searchResults(page).getByRole("link").filter({ hasText: "APIG.0308" })).toHaveCount(1);
    await box.fill("image size");
    await expect(searchResults(page).getByRole("link").first()).toContainText("AIS.0103");
    await expect(page).toHaveURL(/\?q=image\+size$/);
  });
});
