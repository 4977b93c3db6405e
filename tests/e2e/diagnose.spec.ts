import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, pasteLongText } from "./flows";
import { pasteBox } from "./locators";

const PASTE = `HTTP/1.1 401 Unauthorized
Content-Type: application/json
X-Request-Id: 5a63903e690bcd18d9ddf5c2ca75e827
X-Auth-Token: MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXXXXXXXXXXXXXXXXXXXXXXXXXX

{"error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2026-11-20T08:00:00.000000Z","error_code":"APIG.0301","request_id":"5a63903e690bcd18d9ddf5c2ca75e827"}`;

/** A link made by the version before links could hold excerpts (payload v:1): cause token-missing chosen, its second step ticked. */
const V1_LINK =
  "d=eyJ2IjoxLCJwIjoiSFRUUC8xLjEgNDAxIFVuYXV0aG9yaXplZFxuWC1BdXRoLVRva2VuOiAqKioqXG5cbntcImVycm9yX2NvZGVcIjpcIkFQSUcuMDMwMVwiLFwiZXJyb3JfbXNnXCI6XCJJbmNvcnJlY3QgSUFNIGF1dGhlbnRpY2F0aW9uIGluZm9ybWF0aW9uOiB0b2tlbiBleHBpcmVzLCDku6TniYzov4fmnJ9cIn0iLCJjIjp7IjAiOiJ0b2tlbi1taXNzaW5nIn0sInQiOlsiMDp0b2tlbi1taXNzaW5nOjEiXX0";

const throttled = (id: string) =>
  `{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:50,time:1 minute","request_id":"${id}"}`;

/**
 * A service log of `total` lines: APIG.0308 on the lines in `throttledAt`
 * (one request id each), AIS.0103 on `imageAt`, a bare 502 on `badGatewayAt`,
 * INFO lines elsewhere. Minute m of line n is n % 3, so the errors spread over three minutes.
 */
function serviceLog(total: number, throttledAt: number[], imageAt: number[], badGatewayAt: number[]): string {
  const lines: string[] = [];
  for (let n = 1; n <= total; n++) {
    const time = `2026-11-27 14:0${n % 3}:${String(n % 60).padStart(2, "0")},000`;
    if (throttledAt.includes(n)) lines.push(`${time} ERROR [ocr-worker] call failed: ${throttled(`req-${n}-0a1b2c3d`)}`);
    else if (imageAt.includes(n))
      lines.push(
        `${time} ERROR [ocr-worker] call failed: {"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}`,
      );
    else if (badGatewayAt.includes(n)) lines.push(`${time} ERROR [ocr-worker] upstream answered HTTP/1.1 502 Bad Gateway`);
    else lines.push(`${time} INFO  [ocr-worker] job ${n} recognised 12 fields in 340 ms`);
  }
  return lines.join("\n");
}

async function copiedPacket(page: Page, finding: ReturnType<Page["getByTestId"]>): Promise<string> {
  await finding.getByRole("button", { name: "Copy escalation packet" }).click();
  await expect(finding.getByRole("button", { name: "Copied" })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

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

  test("another cause is one click away; the evidence for the paste's cause is quoted", async ({ page }) => {
    await page.goto("diagnose");
    await pasteBox(page).fill(
      '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"}',
    );
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("cause-title")).toContainText("signature");
    await expect(finding.getByTestId("cause-evidence")).toContainText("The paste says:");
    await expect(finding.getByTestId("cause-evidence")).toContainText("verify aksk signature fail");
    await finding.getByRole("radio", { name: /The token has expired/ }).check();
    await expect(finding.getByTestId("cause-title")).toContainText("The token has expired");
    await expect(finding.getByTestId("cause-chosen")).toContainText(
      "Chosen by you; the paste does not show this cause. The paste points to: The AK/SK signature does not match.",
    );
  });

  test("without evidence the cause is not determined: how to tell them apart, and steps only once one is chosen by keyboard", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("diagnose");
    await pasteBox(page).fill('{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information."}');
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("cause-undetermined")).toContainText("Cause not determined from the paste");
    await expect(finding.getByText('How to tell: The message ends with "decrypt token fail".')).toBeVisible();
    await expect(finding.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(finding.getByTestId("finding-steps")).toHaveCount(0);

    const before = await copiedPacket(page, finding);
    expect(before).toContain("Cause: not determined from the paste. How to tell the causes apart:");
    expect(before).not.toMatch(/likely cause/i);

    const first = finding.getByRole("radio").first();
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await expect(finding.getByTestId("cause-title")).toContainText("The token is damaged");
    await expect(finding.getByTestId("cause-chosen")).toContainText("Chosen by you");

    const after = await copiedPacket(page, finding);
    expect(after).toContain("Cause (chosen by the reader, not shown by the paste): The token is damaged or is not an IAM token");
    expect(after).toContain("What to put in a ticket (from the APIG.0301 page):");
  });

  test("a status with no code lists what it can mean, as links, not as the finding's entry", async ({ page }) => {
    await page.goto("diagnose");
    await pasteBox(page).fill(
      "HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
    );
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("HTTP 502, no code");
    const note = finding.getByTestId("status-only");
    await expect(note).toContainText("The response carried no error code, only the HTTP status 502.");
    await expect(note).toContainText("HTTP 502 can mean:");
    await expect(finding.getByRole("link", { name: /^Open the / })).toHaveCount(0);
    await expect(finding.getByRole("radio")).toHaveCount(0);
    const candidate = note.getByRole("link", { name: "APIGW.0610" });
    await candidate.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/codes\/APIGW\.0610$/);
  });

  test("several errors are each reported once, with a count", async ({ page }) => {
    await page.goto("diagnose");
    const line = (id: string) =>
      `{"error_msg":"Incorrect IAM authentication information: Get secretKey failed,ak:xxxxxxxxxxx,err:ak not exist","error_code":"APIGW.0301","request_id":"${id}"}`;
    await pasteBox(page).fill(
      `${line("c619857aa68f5ca8fdc888f34a50e3f2")}\n${line("d719857aa68f5ca8fdc888f34a50e3f3")}\n{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}`,
    );
    await expect(page.getByTestId("finding")).toHaveCount(2);
    await expect(page.getByTestId("finding-count").first()).toHaveText("seen 2 times");
  });

  test("a whole log: an overview with counts and first and last seen, a timeline with a table, every request id", async ({ page }) => {
    const throttledAt = [3, 5, 8, 13, 21, 34];
    const log = serviceLog(40, throttledAt, [10, 30], [25]);
    await page.goto("diagnose");
    await pasteBox(page).fill(log);

    const overview = page.getByTestId("overview");
    await expect(overview.getByRole("heading")).toHaveText("Overview: 3 different errors, 9 in all");
    const rows = overview.getByTestId("overview-row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("APIG.0308");
    await expect(rows.nth(0).getByTestId("overview-count")).toHaveText("6");
    await expect(rows.nth(0)).toContainText("line 3, 2026-11-27 14:00:03,000");
    await expect(rows.nth(0)).toContainText("line 34, 2026-11-27 14:01:34,000");
    await expect(rows.nth(2)).toContainText("HTTP 502, no code");

    const timeline = overview.getByTestId("timeline");
    await expect(timeline.getByRole("img", { name: /Errors per minute, from 2026-11-27 14:00 to 2026-11-27 14:02/ })).toBeVisible();
    await timeline.getByText("Timeline as a table").focus();
    await page.keyboard.press("Enter");
    const table = timeline.getByTestId("timeline-table");
    await expect(table).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(4); // the header and three minutes

    const card = page.getByTestId("finding").first();
    await expect(card.getByTestId("finding-seen")).toHaveText("6 times: first at line 3, last starting at line 34");
    await expect(card.getByTestId("finding-time")).toHaveText("first 2026-11-27 14:00:03,000, last 2026-11-27 14:01:34,000");
    const ids = card.getByTestId("finding-request-ids");
    await expect(ids.getByTestId("finding-request-id")).toHaveText("req-3-0a1b2c3d");
    const rest = ids.getByText("and 3 more");
    await expect(rest).toBeVisible();
    await expect(ids.getByText("req-34-0a1b2c3d")).toBeHidden();
    await rest.focus();
    await page.keyboard.press("Enter");
    for (const n of throttledAt) await expect(ids.getByText(`req-${n}-0a1b2c3d`)).toBeVisible();

    await rows.nth(1).getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("finding").nth(1)).toBeFocused();

    await expectNoAxeViolations(page, "/diagnose with an overview, a timeline table and request ids open");
  });

  test("a long log shares its error lines and the same counts, and the link says what it left out", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const throttledAt = [300, 301, 900, 1500, 1990];
    const log = serviceLog(2000, throttledAt, [1200], [700]);
    expect(log.length).toBeGreaterThan(16_000);
    await page.goto("diagnose");
    await pasteLongText(page, log);
    await expect(pasteBox(page)).toHaveValue(log);
    await expect(page.getByTestId("overview-row")).toHaveCount(3);
    const seen = await page.getByTestId("finding-seen").allTextContents();
    expect(seen[0]).toBe("5 times: first at line 300, last starting at line 1,990");

    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByTestId("share-note")).toContainText("The paste is too long for a link, so it holds");
    const url = await page.getByTestId("share-url").inputValue();

    const other = await context.newPage();
    await other.goto(url);
    const notice = other.getByTestId("shared-excerpt-notice");
    await expect(notice).toContainText(
      /This link holds \d+ of 2,000 lines: the error lines and their context\. The counts and times below are from the whole paste\./,
    );
    await expect(other.getByTestId("overview-row")).toHaveCount(3);
    expect(await other.getByTestId("finding-seen").allTextContents()).toEqual(seen);
    expect(await other.getByTestId("overview-count").allTextContents()).toEqual(await page.getByTestId("overview-count").allTextContents());
    await expect(other.getByTestId("overview").getByTestId("timeline")).toBeVisible();
    await expect(pasteBox(other)).toHaveValue(/^⋯ lines 1–297 are not in this link ⋯\n/);

    const packet = await copiedPacket(other, other.getByTestId("finding").first());
    expect(packet).toMatch(/^ 300 \| 2026-11-27 14:00:00,000 ERROR/m);
    expect(packet).toMatch(/^1990 \| /m);
    expect(packet).toContain("Seen 5 times in the paste: first at line 300, last starting at line 1990");

    // Editing the paste box leaves the shared view and reads what is in the box.
    await pasteBox(other).fill(throttled("fresh-request-1"));
    await expect(other.getByTestId("shared-excerpt-notice")).toHaveCount(0);
    await expect(other.getByTestId("finding")).toHaveCount(1);
  });

  test("a link made by the earlier version still opens, with the cause and step the reader chose", async ({ page }) => {
    await page.goto(`diagnose#${V1_LINK}`);
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("APIG.0301");
    await expect(finding.getByRole("radio", { name: /The X-Auth-Token header is not sent/ })).toBeChecked();
    await expect(finding.getByTestId("cause-chosen")).toBeVisible();
    await expect(finding.getByRole("checkbox").nth(1)).toBeChecked();
    await expect(finding.getByRole("checkbox").nth(0)).not.toBeChecked();
  });

  test("a pasted <script> stays text", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto("diagnose");
    await pasteBox(page).fill('{"error_code":"AIS.0101","error_msg":"<script>alert(1)</script><img src=x onerror=alert(2)>"}');
    const message = page.getByTestId("finding-message").first();
    await expect(message).toContainText("<script>alert(1)</script>");
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("a damaged share link says so and keeps the page usable", async ({ page }) => {
    await page.goto("diagnose#d=not-valid-base64!!");
    await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toContainText("shared link");
    await expect(pasteBox(page)).toBeEditable();
  });

  test("a damaged long-paste link says so, and the paste box still works", async ({ page }) => {
    const broken = Buffer.from(
      JSON.stringify({
        v: 2,
        n: 10,
        b: [
          [5, ["x"]],
          [3, ["y"]],
        ],
        f: [],
        w: 1000,
      }),
    ).toString("base64url");
    await page.goto(`diagnose#d=${broken}`);
    await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toContainText("damaged or cut short");
    await pasteBox(page).fill(throttled("after-a-bad-link"));
    await expect(page.getByTestId("finding-code").first()).toHaveText("APIG.0308");
  });
});
