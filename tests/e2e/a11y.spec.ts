import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openFirstResultByKeyboard } from "./flows";
import { pasteBox, searchbox, searchResults } from "./locators";
import { sameInBothEditions } from "./edition";

sameInBothEditions("axe and keyboard use");

/** WCAG 2.1 level A and AA rules. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const DIAGNOSE_PASTE =
  '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2024-01-01T00:00:00Z"}';

const results = searchResults;

/** Runs axe with the WCAG 2.1 A/AA rules and fails listing every violation: rule, impact, help and each element. */
async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const target = n.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : String(t))).join(" | ");
          const summary = n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : "";
          return `    - ${target}  ${n.html.slice(0, 200)}${summary}`;
        })
        .join("\n");
      return `  [${v.id}] impact=${v.impact ?? "n/a"}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join("\n");
  expect(
    violations.map((v) => v.id),
    `${violations.length} axe violation(s) on ${what}:\n${report}`,
  ).toEqual([]);
}

/** Presses Tab (at most `max` times) until `target` has the focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 150) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `Tab did not reach the element in ${max} presses`).toBeFocused();
}

test.describe("accessibility (axe, WCAG 2.1 A/AA)", () => {
  test("home page", async ({ page }) => {
    await page.goto("./");
    await expect(searchbox(page)).toBeVisible();
    await expectNoViolations(page, "/");
  });

  test("home page with the paste box's message", async ({ page }) => {
    await page.goto("./");
    await page.getByRole("button", { name: "Diagnose", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Paste an error response first." })).toBeVisible();
    await expectNoViolations(page, "/ (paste box message)");
  });

  test("home page with search results", async ({ page }) => {
    await page.goto("./?q=token");
    await expect(results(page).getByRole("link").first()).toBeVisible();
    await expectNoViolations(page, "/?q=token");
  });

  test("code page", async ({ page }) => {
    await page.goto("codes/APIG.0301");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("APIG.0301");
    await expect(searchbox(page)).toBeVisible();
    await expectNoViolations(page, "/codes/APIG.0301");
  });

  test("unknown code (404) page", async ({ page }) => {
    const response = await page.goto("codes/VPC.0301");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("unknown-code")).toBeVisible();
    await expect(searchbox(page)).toBeVisible();
    await expectNoViolations(page, "/codes/VPC.0301 (404)");
  });

  test("code page with the header search's results open", async ({ page }) => {
    await page.goto("codes/APIG.0301");
    await searchbox(page).fill("token");
    await expect(results(page).getByRole("link").first()).toBeVisible();
    await expectNoViolations(page, "/codes/APIG.0301 with header search results");
  });

  test("diagnose page with a result", async ({ page }) => {
    await page.goto("diagnose");
    await expect(searchbox(page)).toBeVisible();
    await pasteBox(page).fill(DIAGNOSE_PASTE);
    await expect(page.getByTestId("finding").first()).toBeVisible();
    await expect(page.getByTestId("finding").first().getByTestId("finding-code")).toHaveText("APIG.0301");
    await expectNoViolations(page, "/diagnose (with a finding)");
  });
});

test.describe("keyboard only", () => {
  test("home: Tab from the search box to the paste box, paste, Ctrl+Enter opens the diagnosis", async ({ page }) => {
    await page.goto("./");
    await expect(searchbox(page)).toBeVisible();
    await tabTo(page, searchbox(page));
    const box = page.getByTestId("home-paste-box");
    await tabTo(page, box, 10);
    await expect(box).toHaveAccessibleName("Paste an error response");
    await page.keyboard.insertText(DIAGNOSE_PASTE);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("finding").first().getByTestId("finding-code")).toHaveText("APIG.0301");
  });

  test("search, open a code page, reach its copy buttons; diagnose a paste and tick a step", async ({ page }) => {
    // Home: Tab to the search box, type, ArrowDown, Enter.
    await page.goto("./");
    await expect(searchbox(page)).toBeVisible();
    await tabTo(page, searchbox(page));
    await openFirstResultByKeyboard(page, "token expird", "APIG.0301");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("APIG.0301");

    // "/" also focuses the search box (here, the header's).
    await expect(searchbox(page)).toBeVisible();
    await page.keyboard.press("/");
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press("Escape");

    // Code page: Tab reaches "Copy as Markdown", then a "Copy link" button.
    await tabTo(page, page.getByRole("button", { name: "Copy as Markdown" }));
    await tabTo(page, page.getByRole("button", { name: /^Copy link/ }).first());

    // Diagnose: Tab to the paste box, type, Tab to the cause radios and a step checkbox, Space ticks it.
    await page.goto("diagnose");
    await expect(searchbox(page)).toBeVisible();
    await tabTo(page, pasteBox(page));
    await page.keyboard.type(DIAGNOSE_PASTE);
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("APIG.0301");

    // Tab enters a radio group at its checked radio: the cause the message points to.
    const chosen = finding.getByRole("radio", { checked: true });
    await expect(chosen).toHaveCount(1);
    await tabTo(page, chosen);
    await expect(chosen).toBeFocused();

    const step = finding.getByRole("checkbox").first();
    await tabTo(page, step);
    await expect(step).not.toBeChecked();
    await page.keyboard.press("Space");
    await expect(step).toBeChecked();
  });
});
