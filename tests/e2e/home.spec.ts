import { expect, test, type Page } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";

/**
 * The home page for people in a hurry: the paste box (both languages, desktop and phone),
 * "Link your errors here", the OpenSearch description, and the canonical / Open Graph tags.
 */

/** The base path the app is served under ("" or "/ocr-errors"). */
const base = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
/** SITE_URL's origin when the build had one (absolute canonical URLs), otherwise "" (paths). */
const siteOrigin = (() => {
  try {
    return process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : "";
  } catch {
    return "";
  }
})();

const SECRET = "MIIEsecretTOKENvalue0123456789abcdefABCDEF";
const PASTE = `HTTP/1.1 429 Too Many Requests
X-Auth-Token: ${SECRET}

{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute."}`;

const LANGUAGES = [
  { locale: "en", home: "./", diagnose: "/diagnose", label: "Paste an error response", submit: "Diagnose" },
  { locale: "zh", home: "zh", diagnose: "/zh/diagnose", label: "粘贴错误响应", submit: "诊断" },
] as const;

const VIEWPORTS = [
  { name: "desktop 1366×900", width: 1366, height: 900 },
  { name: "phone 390×844", width: 390, height: 844 },
] as const;

const pasteBoxOf = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });

test.describe("home page: paste box", () => {
  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      test(`${lang.locale}, ${viewport.name}: the box is in the first screen and opens the diagnosis`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(lang.home);
        const box = pasteBoxOf(page, lang.label);
        const button = page.getByRole("button", { name: lang.submit, exact: true });
        await expect(box).toBeVisible();
        await expect(button).toBeVisible();
        // Above the fold without scrolling: both the box and its button end inside the first screen.
        for (const element of [box, button]) {
          const rect = await element.boundingBox();
          expect(rect, "the element has a box").not.toBeNull();
          expect(rect!.y + rect!.height, `bottom of the paste box's ${element === box ? "textarea" : "button"}`).toBeLessThanOrEqual(
            viewport.height,
          );
        }
        expect(await page.evaluate(() => window.scrollY)).toBe(0);

        await box.fill(PASTE);
        await button.click();
        await expect(page).toHaveURL(new RegExp(`${base}${lang.diagnose.replace(/\//g, "\\/")}#d=`));
        const finding = page.getByTestId("finding").first();
        await expect(finding.getByTestId("finding-code")).toHaveText("APIG.0308");
        // The paste travelled masked: the token is nowhere on the diagnose page or in its address.
        await expect(page.locator("textarea#paste")).toHaveValue(/X-Auth-Token: \*\*\*\*/);
        expect(await page.locator("textarea#paste").inputValue()).not.toContain(SECRET);
        expect(page.url()).not.toContain(SECRET);
      });
    }
  }

  test("Ctrl+Enter in the box diagnoses too (keyboard only)", async ({ page }) => {
    await page.goto("./");
    const box = pasteBoxOf(page, "Paste an error response");
    await box.focus();
    await page.keyboard.insertText(PASTE);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("finding").first().getByTestId("finding-code")).toHaveText("APIG.0308");
  });

  test("an empty box says so and stays on the page", async ({ page }) => {
    await page.goto("./");
    await expect(pasteBoxOf(page, "Paste an error response")).toBeVisible();
    await page.getByRole("button", { name: "Diagnose", exact: true }).click();
    await expect(page.getByTestId("home-paste-empty")).toHaveText("Paste an error response first.");
    await expect(page).not.toHaveURL(/diagnose/);
  });

  test("a paste too long for a link gets a message and stays in the box", async ({ page }) => {
    await page.goto("zh");
    const box = pasteBoxOf(page, "粘贴错误响应");
    await expect(box).toBeVisible();
    const long = `${PASTE}\n${"x".repeat(600_000)}`;
    await box.evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
    }, long);
    await page.getByRole("button", { name: "诊断", exact: true }).click();
    const alert = page.getByTestId("home-paste-too-long");
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(alert.getByRole("link", { name: "诊断页面" })).toHaveAttribute("href", `${base}/zh/diagnose`);
    expect((await box.inputValue()).length).toBe(long.length);
    await expect(page).not.toHaveURL(/diagnose/);
  });

  test("without JavaScript the form opens the diagnose page and sends nothing pasted", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("./");
    await expect(page.getByTestId("home-paste").getByText(/Reading a paste needs JavaScript/)).toBeVisible();
    await pasteBoxOf(page, "Paste an error response").fill(PASTE);
    await page.getByRole("button", { name: "Diagnose", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/diagnose\\??$`));
    expect(page.url()).not.toContain("APIG");
    await expect(page.getByText(/This page reads the paste with JavaScript/)).toBeVisible();
    await context.close();
  });
});

test.describe("home page: link your errors here", () => {
  for (const lang of LANGUAGES) {
    test(`${lang.locale}: the snippets carry this desk's own address`, async ({ page, request, baseURL }) => {
      await page.goto(lang.home);
      const section = page.getByTestId("link-here");
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(
        lang.locale === "en" ? "Link your errors here" : "在日志中链接到本站",
      );
      const origin = new URL(baseURL!).origin;
      const snippets = section.getByTestId("link-snippet");
      await expect(snippets).toHaveCount(4);
      for (const language of ["Python", "Java", "Go", "Node.js"]) await expect(section.getByText(language, { exact: true })).toBeVisible();
      for (let i = 0; i < 4; i++) await expect(snippets.nth(i)).toContainText(`${origin}${base}/codes/`);
      // The server, which cannot know the address, writes a placeholder that says so.
      const html = await (await request.get(lang.home)).text();
      expect(html).toContain(`https://your-desk.example${base}/codes/`);
    });
  }
});

test.describe("OpenSearch", () => {
  test.skip(
    isStaticEdition,
    needsNodeServer(
      "an OpenSearch description naming the host it was asked on (the static edition's names SITE_URL, or paths: static-edition.spec.ts)",
    ),
  );
  for (const lang of LANGUAGES) {
    test(`${lang.locale}: every page links its language's description, and the description searches`, async ({
      page,
      request,
      baseURL,
    }) => {
      const docPath = lang.locale === "en" ? "/opensearch.xml" : "/zh/opensearch.xml";
      const title = lang.locale === "en" ? "OCR Error Desk" : "OCR错误码速查";
      const prefix = lang.locale === "en" ? "" : "zh/";
      for (const path of [lang.home, `${prefix}codes/APIG.0308`, `${prefix}diagnose`, `${prefix}no-such-page`]) {
        await page.goto(path);
        const link = page.locator('head link[rel="search"]');
        await expect(link, path).toHaveCount(1);
        await expect(link).toHaveAttribute("type", "application/opensearchdescription+xml");
        await expect(link).toHaveAttribute("title", title);
        await expect(link).toHaveAttribute("href", `${base}${docPath}`);
      }

      const origin = siteOrigin || new URL(baseURL!).origin;
      const response = await request.get(docPath.slice(1));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/opensearchdescription+xml");
      const xml = await response.text();
      expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"');
      expect(xml).toContain(`<ShortName>${title}</ShortName>`);
      const home = lang.locale === "en" ? `${origin}${base || "/"}` : `${origin}${base}/zh`;
      const template = `${home}?q={searchTerms}`;
      expect(xml).toContain(`<Url type="text/html" method="get" template="${template}"/>`);
      expect(xml).not.toContain("localhost");

      // The template, filled in, is a search on that language's home page.
      await page.goto(template.replace("{searchTerms}", "token"));
      await expect(page.locator("[data-testid^=search-input]")).toHaveValue("token");
      await expect(
        page
          .getByRole("list", { name: lang.locale === "en" ? "Search results" : "搜索结果" })
          .getByRole("link")
          .first(),
      ).toBeVisible();
    });
  }

  test("the description names the host it was asked on, and ignores X-Forwarded-*", async ({ request }) => {
    test.skip(Boolean(siteOrigin), "SITE_URL fixes the origin");
    const xml = await (
      await request.get("opensearch.xml", { headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } })
    ).text();
    expect(xml).not.toContain("evil.example");
    expect(xml).not.toContain("https://");
  });
});

test.describe("links unfurl: canonical and Open Graph", () => {
  const CASES = [
    { locale: "en", path: "codes/APIG.0308", url: `${base}/codes/APIG.0308`, ogLocale: "en_US", siteName: "OCR Error Desk" },
    { locale: "zh", path: "zh/codes/APIG.0308", url: `${base}/zh/codes/APIG.0308`, ogLocale: "zh_CN", siteName: "OCR错误码速查" },
  ] as const;
  for (const c of CASES) {
    test(`${c.locale} code page`, async ({ page }) => {
      await page.goto(c.path);
      const head = page.locator("head");
      const meta = (property: string) => head.locator(`meta[property="${property}"]`);
      const expected = `${siteOrigin}${c.url}`;
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", expected);
      await expect(meta("og:url")).toHaveAttribute("content", expected);
      await expect(meta("og:title")).toHaveAttribute("content", /^APIG\.0308: The throttling threshold has been reached/);
      const description = await head.locator('meta[name="description"]').getAttribute("content");
      expect(description?.length).toBeGreaterThan(20);
      await expect(meta("og:description")).toHaveAttribute("content", description!);
      await expect(meta("og:site_name")).toHaveAttribute("content", c.siteName);
      await expect(meta("og:locale")).toHaveAttribute("content", c.ogLocale);
      await expect(meta("og:type")).toHaveAttribute("content", "website");
      expect(await head.innerHTML()).not.toContain("localhost");
      if (c.locale === "zh") expect(description).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  test("home and diagnose pages carry their own canonical URL", async ({ page }) => {
    for (const [path, url] of [
      ["./", base || "/"],
      ["zh", `${base}/zh`],
      ["diagnose", `${base}/diagnose`],
      ["zh/diagnose", `${base}/zh/diagnose`],
    ] as const) {
      await page.goto(path);
      // Next writes an absolute root URL without its slash.
      const expected = siteOrigin && url === "/" ? siteOrigin : `${siteOrigin}${url}`;
      await expect(page.locator('head link[rel="canonical"]'), path).toHaveAttribute("href", expected);
      await expect(page.locator('head meta[property="og:url"]'), path).toHaveAttribute("content", expected);
    }
  });
});
