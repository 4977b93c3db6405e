import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, focusBySlash } from "./flows";
import { searchbox } from "./locators";
import { isStaticEdition, needsNodeServer } from "./edition";

/** The Chinese search box, once the page's script has taken it over. */
const zhSearchbox = (page: Page) => page.getByRole("searchbox", { name: "搜索错误码" }).and(page.locator("[data-testid^=search-input]"));
const zhResults = (page: Page) => page.getByRole("list", { name: "搜索结果" });
const enResults = (page: Page) => page.getByRole("list", { name: "Search results" });

/** The page's hreflang alternates, as written in its head. */
async function alternates(page: Page): Promise<Record<string, string>> {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute("hreflang")!, new URL(l.getAttribute("href")!, location.href).pathname])),
    );
}

/** The base path the app is served under ("" or "/ocr-errors"). */
const base = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
/** The English home page's address: "/" at the root, "/ocr-errors" (or with a slash) under a base path. */
const englishHome = new RegExp(`^https?://[^/]+${base}/?$`);

test.describe("中文版: pages", () => {
  test("the Chinese home page: lang, Chinese text, every code, the English message kept", async ({ page }) => {
    await page.goto("zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("华为云OCR错误码");
    await expect(page.getByRole("heading", { name: /API网关（APIG\.\*）/ })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "APIG.0308", exact: true }) });
    await expect(row).toContainText("The throttling threshold has been reached");
    await expect(row).toContainText("流控上限");
    await expect(row.getByRole("link", { name: "APIG.0308", exact: true })).toHaveAttribute("href", `${base}/zh/codes/APIG.0308`);
    expect(await alternates(page)).toEqual({ en: `${base}/`, "zh-CN": `${base}/zh`, "x-default": `${base}/` });
  });

  test("Chinese text is drawn with real glyphs in the page's own font, not empty boxes", async ({ page }) => {
    await page.goto("zh");
    // Without a CJK font every Chinese character is drawn as the same empty box: two different characters,
    // drawn in the heading's font, must come out different.
    const differs = await page.getByRole("heading", { level: 1 }).evaluate((heading) => {
      const font = getComputedStyle(heading).font;
      const draw = (text: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext("2d")!;
        context.font = font;
        context.textBaseline = "top";
        context.fillText(text, 4, 4);
        return Array.from(context.getImageData(0, 0, 64, 64).data).join(",");
      };
      return { differ: draw("流") !== draw("控"), inked: draw("流") !== draw(" ") };
    });
    expect(differs).toEqual({ differ: true, inked: true });
  });

  test("a Chinese code page: Chinese sections, causes and steps; documented message in English", async ({ page }) => {
    await page.goto("zh/codes/APIG.0308");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { name: "APIG.0308", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "处理措施" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "出了什么问题" })).toBeVisible();
    await expect(page.getByTestId("summary")).toContainText("流控");
    await expect(page.getByTestId("fix-owner")).toHaveText("调用方（发送请求的开发者）");
    await expect(page.locator("#cause-per-user-limit")).toContainText("每分钟调用上限");
    await expect(page.getByRole("listitem").filter({ hasText: "policy user over ratelimit" }).first()).toBeVisible();
    await expect(page).toHaveTitle(/^APIG\.0308: The throttling threshold has been reached.* · OCR错误码速查$/);
    expect(await alternates(page)).toEqual({
      en: `${base}/codes/APIG.0308`,
      "zh-CN": `${base}/zh/codes/APIG.0308`,
      "x-default": `${base}/codes/APIG.0308`,
    });
  });

  test("code spellings redirect within the language; an unknown code gets the Chinese 404 page", async ({ page }) => {
    await page.goto("zh/codes/apig-0308");
    await expect(page).toHaveURL(/\/zh\/codes\/APIG\.0308$/);
    const response = await page.goto("zh/codes/VPC.0301");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("VPC.0301");
    await expect(page.getByTestId("unknown-code")).toContainText("华为云的其他服务");
    const closest = page.getByTestId("closest-codes").getByRole("link").first();
    await expect(closest).toHaveAttribute("href", new RegExp(`^${base}/zh/codes/`));
    const missing = await page.goto("zh/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("页面不存在");
  });

  test("the language switch opens the same page in the other language, on every page type", async ({ page }) => {
    const pairs: [string, RegExp, RegExp][] = [
      ["", /\/zh$/, englishHome],
      ["codes/AIS.0103", /\/zh\/codes\/AIS\.0103$/, /\/codes\/AIS\.0103$/],
      ["diagnose", /\/zh\/diagnose$/, /\/diagnose$/],
      ["codes/VPC.0301", /\/zh\/codes\/VPC\.0301$/, /\/codes\/VPC\.0301$/],
    ];
    for (const [path, zhUrl, enUrl] of pairs) {
      await page.goto(path || "./");
      await page.getByTestId("language-switch").click();
      await expect(page, path).toHaveURL(zhUrl);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await page.getByTestId("language-switch").click();
      await expect(page, path).toHaveURL(enUrl);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    // A cause anchor goes along.
    await page.goto("codes/APIG.0308#cause-per-second-burst");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/zh\/codes\/APIG\.0308#cause-per-second-burst$/);
  });

  test("the English home offers the Chinese edition to a browser that prefers Chinese, and never redirects", async ({ browser }) => {
    const zhContext = await browser.newContext({ locale: "zh-CN" });
    const page = await zhContext.newPage();
    await page.goto("./");
    await expect(page).toHaveURL(englishHome);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("language-offer").getByRole("link", { name: "打开中文版" })).toHaveAttribute("href", `${base}/zh`);
    await zhContext.close();
    const enContext = await browser.newContext({ locale: "en-US" });
    const enPage = await enContext.newPage();
    await enPage.goto("./");
    await expect(enPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(enPage.getByTestId("language-offer")).toHaveCount(0);
    await enContext.close();
  });
});

test.describe("中文版: search in either language", () => {
  test("Chinese queries on the Chinese page, by keyboard, open the Chinese page", async ({ page }) => {
    await page.goto("zh");
    await expect(zhSearchbox(page)).toBeVisible();
    await focusBySlash(page, zhSearchbox(page));
    await page.keyboard.type("限流");
    const first = zhResults(page).getByRole("link").first();
    await expect(first).toContainText("APIG.0308");
    await expect(first.getByTestId("why-matched")).toContainText("关键词：限流");
    await page.keyboard.press("ArrowDown");
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/zh\/codes\/APIG\.0308$/);
  });

  test("a Chinese query on the English page and an English query on the Chinese page", async ({ page }) => {
    await page.goto("./");
    await focusBySlash(page, searchbox(page));
    await page.keyboard.type("图片太大");
    const first = enResults(page).getByRole("link").first();
    await expect(first).toHaveAttribute("href", /\/codes\/(AIS\.0103|ModelArts\.4104|APIGW\.0201)$/);
    await expect(first).not.toHaveAttribute("href", /\/zh\//);

    await page.goto("zh");
    await focusBySlash(page, zhSearchbox(page));
    await page.keyboard.type("token expired");
    const zhFirst = zhResults(page).getByRole("link").first();
    await expect(zhFirst).toHaveAttribute("href", /\/zh\/codes\//);
  });

  test("a mixed query, and a Chinese query that finds nothing offers the closest codes in Chinese", async ({ page }) => {
    await page.goto("zh");
    await focusBySlash(page, zhSearchbox(page));
    await page.keyboard.type("APIG.0308 限流");
    await expect(zhResults(page).getByRole("link").first()).toContainText("APIG.0308");
    // The query is kept in the Chinese home page's URL, so a search can be linked.
    await expect(page).toHaveURL(/\/zh\?q=APIG\.0308\+%E9%99%90%E6%B5%81$/);
    await page.keyboard.press("Escape");
    await expect(zhSearchbox(page)).toHaveValue("");
    await expect(page).toHaveURL(/\/zh$/);
    await page.keyboard.type("量子纠缠望远镜");
    await expect(page.getByTestId("no-results")).toContainText("没有与“量子纠缠望远镜”匹配的错误码");
  });
});

test.describe("中文版: accessibility (axe, WCAG 2.1 A/AA)", () => {
  for (const path of ["zh", "zh/codes/APIGW.0201", "zh/codes/failed-to-obtain-temporary-ak-sk", "zh/codes/VPC.0301", "zh/diagnose"]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, path);
    });
  }
});

test.describe("中文版: the JSON API", () => {
  test.skip(
    isStaticEdition,
    needsNodeServer(
      "?lang= answered per request, any spelling, a 400 for another language (the static edition's api/zh files: static-edition.spec.ts)",
    ),
  );
  test("?lang=zh gives the Chinese text; without it nothing changes; another value is a clear 400", async ({ request }) => {
    const en = await (await request.get("api/codes/APIG.0308")).json();
    const zh = await (await request.get("api/codes/apig0308?lang=zh")).json();
    expect(zh.code).toBe("APIG.0308");
    expect(zh.message).toBe(en.message);
    expect(zh.summary).toMatch(/\p{Script=Han}/u);
    expect(en.summary).not.toMatch(/\p{Script=Han}/u);
    expect(zh.url).toBe(`${base}/zh/codes/APIG.0308`);
    expect(en.url).toBe(`${base}/codes/APIG.0308`);
    expect(en).not.toHaveProperty("zh");
    const list = await (await request.get("api/codes?lang=zh")).json();
    expect(list.every((e: { summary: string }) => /\p{Script=Han}/u.test(e.summary))).toBe(true);
    const bad = await request.get("api/codes?lang=fr");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_lang", message: expect.stringContaining("lang=zh") });
  });
});
