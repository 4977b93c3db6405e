import { expect, test, type Locator, type Page } from "@playwright/test";
import { apiPath } from "./edition";

/** Code pages at a laptop size: what someone in an incident needs is on the first screen; copying works; 404 titles. */

const VIEWPORT = { width: 1366, height: 900 };

interface ApiEntry {
  slug: string;
  code: string | null;
  causes: { id: string }[];
  messages: unknown[];
  variants: unknown[];
  whatWentWrong: string;
}

async function entries(page: Page): Promise<ApiEntry[]> {
  const response = await page.request.get(apiPath("api/codes"));
  expect(response.status()).toBe(200);
  return response.json();
}

/** The element lies wholly inside the viewport without scrolling. */
async function expectAboveTheFold(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y, what).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends at ${Math.round(box!.y + box!.height)}px`).toBeLessThanOrEqual(VIEWPORT.height);
}

async function expectFirstScreen(page: Page, path: string, firstCause: string) {
  await page.goto(path);
  // Measured once the page's script has run (the copy buttons are in place).
  await expect(page.getByTestId("copy-markdown")).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectAboveTheFold(page.getByTestId("summary"), `${path} summary`);
  await expectAboveTheFold(page.getByTestId("http-status"), `${path} HTTP status`);
  await expectAboveTheFold(page.getByTestId("fix-owner"), `${path} whose fix`);
  await expectAboveTheFold(page.locator(`#cause-${firstCause}-step-1 > p`).first(), `${path} first step of ${firstCause}`);
}

test.describe("the first screen of a code page (1366×900)", () => {
  test.use({ viewport: VIEWPORT });

  test("every English page shows summary, status, whose fix and the first step without scrolling", async ({ page }) => {
    test.setTimeout(180_000);
    for (const entry of await entries(page)) {
      await expectFirstScreen(page, `codes/${entry.slug}`, entry.causes[0]!.id);
    }
  });

  test("the longest pages in Chinese do too", async ({ page }) => {
    test.setTimeout(90_000);
    const all = await entries(page);
    const longest = [...all]
      .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)
      .slice(0, 6)
      .map((e) => e.slug);
    for (const slug of new Set([...longest, "APIG.0301", "APIGW.0201", "APIG.0201"])) {
      const entry = all.find((e) => e.slug === slug)!;
      await expectFirstScreen(page, `zh/codes/${slug}`, entry.causes[0]!.id);
    }
  });
});

test.describe("which message do you have", () => {
  test("APIG.0301: each message ending links to its cause, and nothing is folded away", async ({ page }) => {
    await page.goto("codes/APIG.0301");
    const table = page.getByTestId("which-message");
    await expect(table.getByRole("heading", { name: "Which message do you have?" })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(7);
    const row = table.getByRole("row").filter({ hasText: "x-auth-token not found" });
    await expect(row.getByRole("link")).toHaveAttribute("href", "#cause-token-missing");
    await expect(page.getByTestId("code-page").locator("details")).toHaveCount(0);

    await row.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#cause-token-missing$/);
    await expect(page.locator("#cause-token-missing")).toBeInViewport();
  });

  test("APIGW.0201: each message with its status points to its cause", async ({ page }) => {
    await page.goto("codes/APIGW.0201");
    const table = page.getByTestId("which-message");
    await expect(table.getByRole("row")).toHaveCount(7);
    const timeout = table.getByRole("row").filter({ hasText: "Backend timeout." });
    await expect(timeout).toContainText("504");
    await expect(timeout.getByRole("link")).toHaveAttribute("href", "#cause-backend-timeout");
  });

  test("a cause told apart by the message's ending shows that ending, open", async ({ page }) => {
    await page.goto("codes/APIG.0301");
    const shown = page.locator("#cause-token-expired").getByTestId("cause-messages");
    await expect(shown).toBeVisible();
    await expect(shown).toContainText("Incorrect IAM authentication information: token expires, expires_at: xxx");
    await expect(page.locator("#cause-token-undecryptable").getByTestId("cause-messages")).toContainText("decrypt token fail");
  });

  test("a page whose message does not tell causes apart has no table", async ({ page }) => {
    await page.goto("codes/AIS.0101");
    await expect(page.getByTestId("code-page")).toBeVisible();
    await expect(page.getByTestId("which-message")).toHaveCount(0);
  });
});

test.describe("copying", () => {
  test("Copy steps, Copy link as Markdown and Copy as Markdown put the right Markdown on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("codes/APIG.0308");
    const pageUrl = page.url().replace(/#.*$/, "");
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: "Copy link as Markdown" }).click();
    await expect(page.getByTestId("copy-link-markdown")).toHaveText("Copied");
    expect(await clipboard()).toBe(`[APIG.0308: The throttling threshold has been reached](${pageUrl})`);

    const cause = page.getByTestId("cause").first();
    const causeId = (await cause.getAttribute("id"))!;
    const title = (await cause.getByRole("heading", { level: 3 }).getByRole("link").textContent())!;
    await cause.getByRole("button", { name: `Copy steps for ${title}` }).click();
    const steps = await clipboard();
    expect(steps.split("\n")[0]).toBe(`### APIG.0308 · Cause: ${title}`);
    expect(steps).toContain("How to tell: ");
    expect(steps).toMatch(/^1\. .+\n {3}- Check: .+$/m);
    expect(steps.endsWith(`Page: ${pageUrl}#${causeId}`)).toBe(true);
    const other = (await page.getByTestId("cause").nth(1).getByRole("heading", { level: 3 }).getByRole("link").textContent())!;
    expect(steps).not.toContain(other);

    await page.getByTestId("copy-markdown").click();
    const whole = await clipboard();
    expect(whole).toContain("## APIG.0308: The throttling threshold has been reached");
    expect(whole).toContain(`- Page: ${pageUrl}`);
    expect(whole).toMatch(/### Sources\n\n- https:\/\/\S+ — \S.+/);
    expect(whole).toContain(
      "\n- https://support.huaweicloud.com/intl/en-us/usermanual-apig/apig_03_0048.html — APIG error-code table; APIG.0308 returns status 429.",
    );
  });

  test("on a Chinese page the Markdown is Chinese and the message stays English", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("zh/codes/APIG.0301");
    const pageUrl = page.url().replace(/#.*$/, "");
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: "复制Markdown链接" }).click();
    expect(await clipboard()).toBe(`[APIG.0301: Incorrect IAM authentication information](${pageUrl})`);

    await page
      .locator("#cause-token-expired")
      .getByRole("button", { name: /^复制步骤/ })
      .click();
    const steps = await clipboard();
    expect(steps).toMatch(/^### APIG\.0301 · 原因: /);
    expect(steps).toContain("如何判断: ");
    expect(steps).toContain("token expires, expires_at: xxx");
    expect(steps).toMatch(/ {3}- 确认: /);
    expect(steps.endsWith(`页面: ${pageUrl}#cause-token-expired`)).toBe(true);

    await page.getByRole("button", { name: "复制为Markdown", exact: true }).click();
    const whole = await clipboard();
    expect(whole).toContain("### 来源\n\n- https://");
    expect(whole).toContain("- 所属层: API网关（APIG.*）");
  });

  test("with JavaScript off no copy button is shown", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["codes/APIG.0301", "zh/codes/APIGW.0201"]) {
      await page.goto(path);
      await expect(page.getByTestId("which-message")).toBeVisible();
      await expect(page.getByTestId("code-page").getByRole("button")).toHaveCount(0);
    }
    await context.close();
  });
});

test.describe("statuses and layers", () => {
  test("an entry with no documented status says so, in both languages and in the home table", async ({ page }) => {
    await page.goto("codes/ModelArts.4101");
    await expect(page.getByTestId("http-status")).toHaveText("Not documented by Huawei");
    await page.goto("zh/codes/ModelArts.4101");
    await expect(page.getByTestId("http-status")).toHaveText("华为云文档未记载");
    await page.goto("./");
    await expect(page.getByRole("row", { name: /ModelArts\.4101/ })).toContainText("Not documented by Huawei");
    await expect(page.getByRole("row", { name: /unknown/ })).toHaveCount(0);
  });

  test("layers are named by their codes, and the two gateway families are told apart with a source", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByTestId("layer-apig").getByRole("heading", { level: 2 })).toContainText("API Gateway (APIG.*)");
    await expect(page.getByTestId("layer-apigw").getByRole("heading", { level: 2 })).toContainText("API Gateway (APIGW.*)");
    await expect(page.getByTestId("layer-ocr").getByRole("heading", { level: 2 })).toContainText("OCR service (AIS.*)");
    const note = page.getByTestId("layer-apigw").getByTestId("gateway-families");
    await expect(note).toContainText("APIG.0308 and APIGW.0308");
    await expect(note.getByRole("link")).toHaveAttribute("href", "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html");

    await page.goto("zh/codes/APIGW.0308");
    await expect(page.getByTestId("gateway-families").getByRole("link")).toHaveAttribute("href", /^https:\/\/support\.huaweicloud\.com\//);
    await expect(page.getByTestId("facts")).toContainText("API网关（APIGW.*）");
  });
});

test.describe("titles", () => {
  test("a code page is titled with its code and message", async ({ page }) => {
    await page.goto("codes/APIG.0308");
    await expect(page).toHaveTitle(/^APIG\.0308: The throttling threshold has been reached.* · OCR Error Desk$/);
  });

  test("the 404 page of an unknown code names the code in its title, in both languages", async ({ page }) => {
    const response = await page.goto("codes/VPC.0301");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("VPC.0301: no such code · OCR Error Desk");
    // .first(): the static edition's 404.html is the root not-found page, whose head names robots twice (both noindex).
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
    await page.goto("zh/codes/AIS.9999");
    await expect(page).toHaveTitle("AIS.9999：没有这个错误码 · OCR错误码速查");
  });
});
