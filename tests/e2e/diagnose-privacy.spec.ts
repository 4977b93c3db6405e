import { expect, test, type Request } from "@playwright/test";
import { pasteBox } from "./locators";
import { sameInBothEditions } from "./edition";

sameInBothEditions("that the diagnose page sends nothing of the paste");

/**
 * The diagnose page reads the paste in the browser and never sends it: after
 * a paste, no request the page makes (a prefetch of a linked code page, a
 * chunk, anything) may name what was found or quote the paste. Links to code
 * pages are prefetched by Next.js when they scroll into view unless told not
 * to, which would tell the server which codes the paste led to.
 */

const RID_1 = "7f3a9c1e5b2d4f6a8c0e2b4d6f8a0c1e";
const RID_2 = "c0ffee00d15ea5e0b0a7c0de5eed1234";

// Three findings: a code (with its entry link), a bare 502 (candidate links) and a
// message two entries share (its entry, the other entry and a runner-up link).
const PASTE = `2026-05-01 10:00:03,120 INFO  [ocr-worker] POST https://ocr.cn-north-4.myhuaweicloud.com/v2/0a1b2c3d/ocr/id-card
2026-05-01 10:00:03,412 ERROR [ocr-worker] call failed: {"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2026-04-30T08:00:00Z","request_id":"${RID_1}"}
2026-05-01 10:01:07,009 ERROR [ocr-worker] upstream answered HTTP/1.1 502 Bad Gateway
2026-05-01 10:02:44,871 ERROR [billing-sync] The throttling threshold has been reached: policy user over ratelimit, limit:50, time:1 minute request_id=${RID_2}`;

/** Every code the findings can link to. */
const CODES = ["APIG.0301", "APIG.0308", "APIGW.0308", "APIG.0201", "APIGW.0201", "APIGW.0610"];

/** The words of the paste (six characters or more), the codes and the request ids: none may leave the page. */
const FORBIDDEN = [...new Set([...(PASTE.match(/[A-Za-z0-9._-]{6,}/g) ?? []), ...CODES, RID_1, RID_2])];

/** All a request carries: method, URL, headers and body. */
function carried(request: Request): string {
  return [request.method(), request.url(), JSON.stringify(request.headers()), request.postData() ?? ""].join("\n");
}

/** The forbidden strings a request carries, as written or URL-encoded, in any case. */
function revealed(request: Request): string[] {
  const text = carried(request).toLowerCase();
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not URL-encoded text; the plain text is checked.
  }
  return FORBIDDEN.filter((word) => text.includes(word.toLowerCase()) || decoded.includes(word.toLowerCase()));
}

test("after a paste, no request the page makes names what was found or quotes the paste", async ({ page }) => {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));

  await page.goto("diagnose", { waitUntil: "networkidle" });
  // The page loaded over the network: the listener sees the page's requests.
  expect(requests.length).toBeGreaterThan(0);
  const before = requests.length;

  await pasteBox(page).fill(PASTE);
  const findings = page.getByTestId("finding");
  await expect(findings).toHaveCount(3);
  await expect(findings.first().getByTestId("finding-code")).toHaveText("APIG.0301");

  // Bring every link rendered from the findings into view, hover and focus it:
  // each of these is when Next.js would prefetch a link's page.
  const links = page.locator("[data-testid=finding] a[href*='/codes/']");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    await links.nth(i).scrollIntoViewIfNeeded();
    await links.nth(i).hover();
    await links.nth(i).focus();
  }
  await page.mouse.wheel(0, 10_000);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByTestId("share-url")).toBeVisible();
  // Prefetches start when the browser is idle after a link shows; give them time to be sent.
  await page.waitForTimeout(2_000);

  const after = requests.slice(before);
  const leaks = after.flatMap((r) => revealed(r).map((word) => `${r.method()} ${r.url()} carries "${word}"`));
  expect(leaks, `requests after the paste:\n${after.map((r) => `${r.method()} ${r.url()}`).join("\n")}`).toEqual([]);

  // The check would have seen such a request: following a link does send one, and it is caught.
  const beforeClick = requests.length;
  await findings
    .first()
    .getByRole("link", { name: /Open the APIG\.0301 page/ })
    .click();
  await expect(page).toHaveURL(/\/codes\/APIG\.0301$/);
  expect(requests.slice(beforeClick).flatMap(revealed)).toContain("APIG.0301");
});
