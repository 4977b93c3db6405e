import { expect, test } from "@playwright/test";
import { pasteBox } from "./locators";
import { sameInBothEditions } from "./edition";

sameInBothEditions("the worker's time budget");

/**
 * The diagnose page gives the classifier the same time budget as the API:
 * past it the page says so and offers to stop. A worker that never answers
 * stands in for a paste that takes too long, and the page's clock is moved
 * on instead of waiting.
 */
test("a reading past its budget can be stopped, and the next paste is read", async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(() => {
    const RealWorker = window.Worker;
    let first = true;
    // The first worker the page starts never answers; the one started after "stop" is the real one.
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (first) {
          first = false;
          this.postMessage = () => {};
        }
      }
    };
  });
  await page.goto("diagnose");
  await pasteBox(page).fill('{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached."}');
  await expect(page.getByTestId("diagnose-status")).toHaveText(/Reading the paste/);
  // runFor fires every timer on the way, including the budget timer the debounced send sets.
  await page.clock.runFor(6000);
  const slow = page.getByTestId("diagnose-slow");
  await expect(slow).toContainText("more than 5 seconds");
  await slow.getByRole("button", { name: "stop reading" }).click();
  await expect(page.getByTestId("diagnose-status")).toContainText("Stopped. Your text is still in the box");
  await expect(pasteBox(page)).toHaveValue(/APIG\.0308/);

  await pasteBox(page).fill('{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}');
  await page.clock.runFor(500);
  await expect(page.getByTestId("finding-code").first()).toHaveText("AIS.0103");
});
