import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, focusBySlash } from "./flows";
import { sameInBothEditions } from "./edition";

sameInBothEditions("the phone header and the dark theme");

/** A phone's screen, and the dark theme. */

const PHONE = { width: 390, height: 844 };
const MAX_HEADER = 64;

const anySearchbox = (page: Page) => page.locator("[data-testid^=search-input]");

/** The header's bottom edge on screen, and whether its background lets the page show through. */
async function headerBox(page: Page) {
  const header = page.getByRole("banner");
  await expect(header).toBeVisible();
  return header.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { top: rect.top, bottom: rect.bottom, height: rect.height, background: style.backgroundColor, position: style.position };
  });
}

/** Whether a CSS colour is fully opaque ("rgb(…)", or an alpha of 1). */
function opaque(colour: string): boolean {
  if (colour === "transparent") return false;
  const alpha = colour.match(/\/\s*([\d.]+%?)\s*\)$/) ?? colour.match(/^rgba\([^)]*,\s*([\d.]+)\s*\)$/);
  if (!alpha) return true;
  return alpha[1]!.endsWith("%") ? Number.parseFloat(alpha[1]!) >= 100 : Number(alpha[1]) >= 1;
}

/** The target's top edge lies below the header (not under it) and inside the screen. */
async function expectNotUnderHeader(page: Page, target: Locator, what: string) {
  await expect(target).toBeVisible();
  await expect
    .poll(
      async () => {
        const header = await headerBox(page);
        const rect = await target.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
        return rect.top >= header.bottom - 0.5 && rect.top < PHONE.height;
      },
      { message: `${what} lands under the header or off screen` },
    )
    .toBe(true);
}

test.describe("phone (390 px)", () => {
  test.use({ viewport: PHONE });

  for (const path of ["codes/APIG.0308", "zh/codes/APIG.0308", "./", "zh", "diagnose"]) {
    test(`${path}: the header is at most ${MAX_HEADER} px high, opaque, and stays at the top`, async ({ page }) => {
      await page.goto(path);
      const atTop = await headerBox(page);
      expect(atTop.height).toBeLessThanOrEqual(MAX_HEADER);
      expect(opaque(atTop.background), `header background ${atTop.background}`).toBe(true);
      // A page longer than the screen (the diagnose page before a paste is not): scrolled, the header stays.
      if (path === "diagnose")
        await page
          .locator("main")
          .evaluate((main) => main.append(Object.assign(document.createElement("div"), { style: "height:3000px" })));
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      const scrolled = await headerBox(page);
      expect(scrolled.top).toBe(0);
      expect(scrolled.height).toBeLessThanOrEqual(MAX_HEADER);
    });
  }

  test("a cause or step anchor opened from a link never lands under the header", async ({ page }) => {
    await page.goto("codes/APIG.0308");
    const stepId = await page.locator('[id^="cause-"][id*="-step-"]').nth(2).getAttribute("id");
    const causeId = (await page.locator('[id^="cause-"][id*="-step-"]').last().getAttribute("id"))!.replace(/-step-\d+$/, "");
    for (const id of [stepId!, causeId]) {
      await page.goto("./");
      await page.goto(`codes/APIG.0308#${id}`);
      await expectNotUnderHeader(page, page.locator(`[id="${id}"]`), `#${id} opened from a link`);
    }
    // Following an in-page link (the "which message" table points to the causes) does the same.
    await page.evaluate(() => window.scrollTo(0, 0));
    const inPage = page.locator('main a[href*="#cause-"]').first();
    const href = (await inPage.getAttribute("href"))!;
    await inPage.click();
    await expectNotUnderHeader(page, page.locator(`[id="${href.slice(href.indexOf("#") + 1)}"]`), `${href} followed in the page`);
  });

  test("'/' still focuses the search box, also after scrolling", async ({ page }) => {
    await page.goto("codes/APIG.0308");
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await focusBySlash(page, anySearchbox(page));
    await expect(anySearchbox(page)).toBeInViewport();
    await page.keyboard.type("token");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toBeVisible();
  });
});

test.describe("dark mode (prefers-color-scheme: dark)", () => {
  test.use({ colorScheme: "dark" });

  const DIAGNOSE_PASTE =
    '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2024-01-01T00:00:00Z"}';

  /** The page is really dark: the body's background is dark and its text light. */
  async function expectDark(page: Page) {
    const { background, color, scheme } = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, color: style.color, scheme: getComputedStyle(document.documentElement).colorScheme };
    });
    const lightness = async (colour: string) =>
      page.evaluate((c) => {
        const canvas = document.createElement("canvas").getContext("2d")!;
        canvas.fillStyle = c;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      }, colour);
    expect(await lightness(background), `body background ${background}`).toBeLessThan(0.2);
    expect(await lightness(color), `body text ${color}`).toBeGreaterThan(0.8);
    expect(scheme).toBe("dark");
  }

  for (const [locale, prefix] of [
    ["en", ""],
    ["zh", "zh/"],
  ] as const) {
    test(`${locale}: home, a code page, diagnose with a result and 404 pass axe in the dark`, async ({ page }) => {
      await page.goto(prefix || "./");
      await expect(anySearchbox(page)).toBeVisible();
      await expectDark(page);
      await expectNoAxeViolations(page, `${locale} home (dark)`);

      await page.goto(`${prefix}?q=token`);
      await expect(
        page
          .getByRole("list", { name: locale === "en" ? "Search results" : "搜索结果" })
          .getByRole("link")
          .first(),
      ).toBeVisible();
      await expectNoAxeViolations(page, `${locale} home with results (dark)`);

      await page.goto(`${prefix}codes/APIG.0308#cause-per-user-limit-step-2`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("APIG.0308");
      await expectDark(page);
      await expectNoAxeViolations(page, `${locale} code page (dark)`);

      await page.goto(`${prefix}diagnose`);
      const box = page.locator("textarea#paste");
      await expect(anySearchbox(page)).toBeVisible();
      await box.fill(DIAGNOSE_PASTE);
      await expect(page.getByTestId("finding").first().getByTestId("finding-code")).toHaveText("APIG.0301");
      await expectDark(page);
      await expectNoAxeViolations(page, `${locale} diagnose with a result (dark)`);

      const missing = await page.goto(`${prefix}no-such-page`);
      expect(missing?.status()).toBe(404);
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expectDark(page);
      await expectNoAxeViolations(page, `${locale} 404 (dark)`);

      const unknown = await page.goto(`${prefix}codes/VPC.0301`);
      expect(unknown?.status()).toBe(404);
      await expect(page.getByTestId("unknown-code")).toBeVisible();
      await expectNoAxeViolations(page, `${locale} unknown code (dark)`);
    });
  }

  test("phone, dark: the header is opaque and the home page passes axe", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("codes/APIG.0308");
    const header = await headerBox(page);
    expect(opaque(header.background)).toBe(true);
    await expectNoAxeViolations(page, "code page on a phone (dark)");
  });
});
