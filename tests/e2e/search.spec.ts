import { expect, test } from "@playwright/test";
import { openFirstResultByKeyboard } from "./flows";
import { searchbox, searchResults } from "./locators";

const results = searchResults;

test.describe("search", () => {
  test("type, arrow down, Enter lands on the right code page", async ({ page }) => {
    await page.goto("./");
    await searchbox(page).click();
    await openFirstResultByKeyboard(page, "token expird", "APIG.0301");
  });

  test("Enter in the box opens the best result; a code in any spelling is first", async ({ page }) => {
    await page.goto("./");
    await searchbox(page).fill("apig-0308");
    await expect(results(page).getByRole("link").first()).toContainText("APIG.0308");
    await searchbox(page).press("Enter");
    await expect(page).toHaveURL(/\/codes\/APIG\.0308$/);
  });

  test("'/' focuses the search box from anywhere, and Escape clears it", async ({ page }) => {
    await page.goto("codes/AIS.0101");
    await expect(searchbox(page)).toBeVisible();
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.type("base64");
    await expect(results(page).getByRole("link").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(searchbox(page)).toHaveValue("");
  });

  test("arrow keys move through results and back to the box", async ({ page }) => {
    await page.goto("./");
    await searchbox(page).fill("timeout");
    const links = results(page).getByRole("link");
    await expect(links.nth(1)).toBeVisible();
    await searchbox(page).press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(searchbox(page)).toBeFocused();
  });

  test("the query lives in the URL: a ?q= link shows results, and back works", async ({ page }) => {
    await page.goto("./?q=rate+limit");
    await expect(searchbox(page)).toHaveValue("rate limit");
    await expect(results(page).getByRole("link").first()).toContainText(/APIG\.0308|APIGW\.0308/);
    await expect(results(page).getByTestId("why-matched").first()).toBeVisible();

    await searchbox(page).fill("obs bucket");
    await expect(page).toHaveURL(/\?q=obs\+bucket/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=rate(\+|%20)limit/);
    await expect(searchbox(page)).toHaveValue("rate limit");
  });

  test("filters narrow the results and are kept in the URL", async ({ page }) => {
    await page.goto("./?q=token");
    await page.getByRole("combobox", { name: "Layer" }).selectOption("modelarts");
    await expect(page).toHaveURL(/layer=modelarts/);
    // The URL is written with the History API as the filters change, which can be before the index has loaded.
    await expect(results(page).getByRole("link").first()).toHaveText(/^ModelArts\./);
    const codes = await results(page).getByRole("link").allInnerTexts();
    expect(codes.length).toBeGreaterThan(0);
    for (const text of codes) expect(text).toMatch(/^ModelArts\./);

    await page.goto("./?status=429");
    await expect(page.getByRole("combobox", { name: "HTTP status" })).toHaveValue("429");
    await expect(results(page).getByRole("link").first()).toContainText("0308");
  });

  test("no results says so and offers the closest codes and the diagnose page", async ({ page }) => {
    await page.goto("./?q=AIS.9999");
    const none = page.getByTestId("no-results");
    await expect(none).toContainText("No code matches");
    await expect(none.getByRole("link", { name: /^AIS\./ }).first()).toBeVisible();
    await expect(none.getByRole("link", { name: "Paste it on the diagnose page" })).toBeVisible();
  });

  test("a pasted response is offered to the diagnose page and kept out of the URL", async ({ page }) => {
    await page.goto("./");
    await searchbox(page).fill('{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"}');
    await expect(page.getByTestId("paste-offer")).toBeVisible();
    await expect(page).not.toHaveURL(/error_code/);
    await page.getByRole("button", { name: "Open it on the diagnose page" }).click();
    await expect(page).toHaveURL(/\/diagnose#d=/);
    await expect(page.getByTestId("finding-code").first()).toHaveText("APIG.0308");
  });
});
