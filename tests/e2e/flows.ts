import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { pasteBox, searchResults } from "./locators";

/**
 * With the search box focused: types `query`, checks that `code` is the first
 * result, moves to it with ArrowDown and opens it with Enter.
 */
export async function openFirstResultByKeyboard(page: Page, query: string, code: string) {
  const first = searchResults(page).getByRole("link").first();
  await page.keyboard.type(query);
  await expect(first).toContainText(code);
  await page.keyboard.press("ArrowDown");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/codes/${code.replace(/\./g, "\\.")}$`));
}

/**
 * Presses "/" until `box` has the focus, then returns. "/" is answered once the page's
 * script has registered it, a moment after the box appears; a press before that is
 * retried rather than typed into nothing.
 */
export async function focusBySlash(page: Page, box: Locator) {
  await expect(box).toBeVisible();
  await expect(async () => {
    if (!(await box.evaluate((el) => el === document.activeElement))) await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

/** WCAG 2.1 level A and AA rules. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe with the WCAG 2.1 A/AA rules and fails listing each violation's rule and elements. */
export async function expectNoAxeViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map((v) => `[${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`).join("\n");
  expect(
    violations.map((v) => v.id),
    `axe violations on ${what}:\n${report}`,
  ).toEqual([]);
}

/**
 * Puts a long text in the diagnose paste box the way a paste does: one input
 * event with the whole text (Playwright's fill takes seconds for 100 KB).
 */
export async function pasteLongText(page: Page, text: string) {
  await pasteBox(page).evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}
