import { expect, test } from "@playwright/test";
import { pasteBox } from "./locators";

const PASTE = `HTTP/1.1 401 Unauthorized
Content-Type: application/json
X-Request-Id: 5a63903e690bcd18d9ddf5c2ca75e827
X-Auth-Token: MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXXXXXXXXXXXXXXXXXXXXXXXXXX

{"error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2026-11-20T08:00:00.000000Z","error_code":"APIG.0301","request_id":"5a63903e690bcd18d9ddf5c2ca75e827"}`;

test.describe("diagnose", () => {
  test("paste, see the entry, the cause and the steps; tick a step; share; the link restores it", async ({ page, context }) => {
    await page.goto("diagnose");
    const paste = pasteBox(page);
    await paste.fill(PASTE);

    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("APIG.0301");
    await expect(finding.getByTestId("finding-status")).toContainText("401");
    await expect(finding.getByTestId("finding-request-id")).toHaveText("5a63903e690bcd18d9ddf5c2ca75e827");
    await expect(finding.getByRole("radio", { name: /The token has expired/ })).toBeChecked();
    await expect(finding.getByTestId("cause-title")).toContainText("The token has expired");
    await expect(finding.getByRole("link", { name: /Open the APIG\.0301 page/ })).toBeVisible();
    await expect(page.getByTestId("diagnose-status")).toContainText("masked");

    const firstStep = finding.getByRole("checkbox").first();
    await firstStep.check();

    await page.getByRole("button", { name: "Share" }).click();
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toMatch(/\/diagnose#d=/);
    expect(url).not.toContain("MIIDkg");

    const other = await context.newPage();
    await other.goto(url);
    const restored = other.getByTestId("finding").first();
    await expect(restored.getByTestId("finding-code")).toHaveText("APIG.0301");
    await expect(restored.getByRole("checkbox").first()).toBeChecked();
    await expect(pasteBox(other)).not.toHaveValue(/MIIDkg/);
    await expect(pasteBox(other)).toHaveValue(/\*\*\*\*/);
  });

  test("another cause is one click away", async ({ page }) => {
    await page.goto("diagnose");
    await pasteBox(page).fill('{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"}');
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("cause-title")).toContainText("signature");
    await finding.getByRole("radio", { name: /The token has expired/ }).check();
    await expect(finding.getByTestId("cause-title")).toContainText("The token has expired");
  });

  test("a pasted <script> stays text", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto("diagnose");
    await page
      .getByRole("textbox", { name: "Paste an error response" })
      .fill('{"error_code":"AIS.0101","error_msg":"<script>alert(1)</script><img src=x onerror=alert(2)>"}');
    const message = page.getByTestId("finding-message").first();
    await expect(message).toContainText("<script>alert(1)</script>");
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("several errors are each reported once, with a count", async ({ page }) => {
    await page.goto("diagnose");
    const line = '{"error_msg":"Incorrect IAM authentication information: Get secretKey failed,ak:xxxxxxxxxxx,err:ak not exist","error_code":"APIGW.0301","request_id":"c619857aa68f5ca8fdc888f34a50e3f2"}';
    await pasteBox(page).fill(`${line}\n${line}\n{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}`);
    await expect(page.getByTestId("finding")).toHaveCount(2);
    await expect(page.getByTestId("finding-count").first()).toHaveText("seen 2 times");
  });

  test("a damaged share link says so and keeps the page usable", async ({ page }) => {
    await page.goto("diagnose#d=not-valid-base64!!");
    await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toContainText("shared link");
    await expect(pasteBox(page)).toBeEditable();
  });
});
