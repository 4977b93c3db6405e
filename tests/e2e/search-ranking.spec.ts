import { expect, test } from "@playwright/test";
import { searchbox, searchResults } from "./locators";

test.describe("search: ranking", () => {
  test("a message phrase comes first and says why; a bare status lists what returns it", async ({ page }) => {
    await page.goto("./");
    await searchbox(page).fill("image size");
    const first = searchResults(page).getByTestId("search-result").first();
    await expect(first).toContainText("AIS.0103");
    await expect(first.getByTestId("why-matched")).toContainText("exact phrase in the message");
    await searchbox(page).fill("401");
    await expect(searchResults(page).getByTestId("search-result").first()).toContainText("HTTP status 401");
    await expect(searchResults(page).getByTestId("search-result").first()).not.toContainText("4101");
  });
});
