import { expect, type Page } from "@playwright/test";
import { searchResults } from "./locators";

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
