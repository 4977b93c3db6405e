/**
 * What only the static edition does (`npm run build:static`, served as plain files by
 * scripts/static-dir-server.ts): its 404.html redirects other spellings and lists the closest codes in the
 * browser, the JSON API is files, each page carries its CSP in a meta tag. Runs in `npm run test:static`;
 * skipped against the Node server, which does these things itself (and is tested for them elsewhere).
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { isStaticEdition } from "./edition";
import { pasteBox, searchbox, searchResults } from "./locators";

test.skip(!isStaticEdition, "static edition only (npm run test:static); the Node server's own behaviour is tested in the other files");

const base = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
const staticRoot = process.env.STATIC_ROOT ?? "out-static";
/** The catalogue's pages, as `npm run data` wrote them (never a count typed here). */
const slugs = JSON.parse(fs.readFileSync(path.join(process.cwd(), "generated", "slugs.json"), "utf8")) as string[];

/** Records CSP violations from before the page's first script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test.describe("static edition: 404.html in the browser", () => {
  test("another spelling of a code is replaced by its page, keeping the query and the fragment", async ({ page }) => {
    const first = await page.goto("codes/apig-0308?from=wiki#cause-per-user-limit");
    // The host answered 404 with 404.html; its script sent the browser on.
    expect(first?.status()).toBe(404);
    await expect(page).toHaveURL(new RegExp(`${base}/codes/APIG\\.0308\\?from=wiki#cause-per-user-limit$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("APIG.0308");
    // location.replace: the misspelt address is not left in the history (back is the blank page the test began on).
    await page.goBack();
    expect(page.url()).toBe("about:blank");

    await page.goto("zh/codes/ais%20103");
    await expect(page).toHaveURL(new RegExp(`${base}/zh/codes/AIS\\.0103$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AIS.0103");
  });

  test("an unknown code answers 404 and lists the closest codes, named in the title", async ({ page }) => {
    const response = await page.goto("codes/AIS.9999");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/codes\/AIS\.9999$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("AIS.9999");
    await expect(page.getByTestId("unknown-code")).toContainText("AIS family");
    const closest = page.getByTestId("closest-codes").getByRole("link");
    await expect(closest.first()).toHaveText(/^AIS\./);
    await expect(closest.first()).toHaveAttribute("href", new RegExp(`^${base}/codes/AIS\\.`));
    await expect(page).toHaveTitle("AIS.9999: no such code · OCR Error Desk");
    await closest.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^AIS\./);
  });

  test("with one error document for the whole site (object storage), a Chinese address still gets Chinese text and links", async ({
    page,
  }) => {
    // Serve the root 404.html for a /zh/ address, as a host with a single error document does.
    const rootNotFound = fs.readFileSync(path.join(staticRoot, "404.html"));
    await page.route(/\/zh\/codes\/VPC\.0301$/, (route) =>
      route.fulfill({ status: 404, contentType: "text/html; charset=utf-8", body: rootNotFound }),
    );
    const response = await page.goto("zh/codes/VPC.0301");
    expect(response?.status()).toBe(404);
    const unknown = page.getByTestId("unknown-code");
    await expect(unknown).toContainText("华为云的其他服务");
    await expect(page.locator('[lang="zh-CN"]').getByTestId("unknown-code")).toBeVisible();
    await expect(page.getByTestId("closest-codes").getByRole("link").first()).toHaveAttribute("href", new RegExp(`^${base}/zh/codes/`));
    await expect(page).toHaveTitle("VPC.0301：没有这个错误码 · OCR错误码速查");
  });

  test("an address that is not a code page keeps the plain not-found page", async ({ page }) => {
    for (const address of ["no-such-page", "codes/APIG.0308/extra"]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.getByTestId("not-found"), address).toContainText("Page not found");
      await expect(page.getByTestId("unknown-code")).toHaveCount(0);
    }
    await page.goto("zh/no-such-page");
    await expect(page.getByTestId("not-found")).toContainText("页面不存在");
  });

  test("a folder address with a trailing slash (as object storage redirects to) shows the page", async ({ page }) => {
    await page.goto("codes/APIG.0308/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("APIG.0308");
    await page.goto("zh/");
    // The home page has its own search box and no header one, with or without the slash.
    await expect(page.locator("[data-testid^=search-input]")).toHaveCount(1);
  });
});

test.describe("static edition: the JSON API as files", () => {
  test("api/codes.json is the whole catalogue and api/codes/<CODE>.json each entry, in English and Chinese", async ({ request }) => {
    const list = await request.get("api/codes.json");
    expect(list.status()).toBe(200);
    expect(list.headers()["content-type"]).toContain("application/json");
    const entries = (await list.json()) as Array<{ slug: string; code: string | null; url: string; summary: string; message: string }>;
    expect(entries.map((e) => e.slug).sort()).toEqual([...slugs].sort());
    const listed = entries.find((e) => e.slug === "APIG.0308")!;
    expect(listed).toMatchObject({ code: "APIG.0308", url: `${base}/codes/APIG.0308`, httpStatus: 429 });

    for (const slug of [slugs[0], "APIG.0308", slugs[slugs.length - 1]]) {
      const one = await request.get(`api/codes/${slug}.json`);
      expect(one.status(), slug).toBe(200);
      expect(await one.json()).toEqual(entries.find((e) => e.slug === slug));
    }

    const zhList = (await (await request.get("api/zh/codes.json")).json()) as Array<{ slug: string; summary: string; url: string }>;
    expect(zhList).toHaveLength(entries.length);
    expect(zhList.every((e) => /\p{Script=Han}/u.test(e.summary))).toBe(true);
    const zhOne = await (await request.get("api/zh/codes/APIG.0308.json")).json();
    expect(zhOne.url).toBe(`${base}/zh/codes/APIG.0308`);
    expect(zhOne.message).toBe(listed.message);

    const missing = await request.get("api/codes/VPC.0301.json");
    expect(missing.status()).toBe(404);
  });

  test("the OpenSearch descriptions and the icon are files", async ({ request }) => {
    // The English home under a base path is "/ocr-errors", without the slash (as the server answers it).
    for (const [file, home] of [
      ["opensearch.xml", base || "/"],
      ["zh/opensearch.xml", `${base}/zh`],
    ] as const) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/opensearchdescription+xml");
      const xml = await response.text();
      expect(xml).toContain(`template="`);
      expect(xml).toContain(`${home}?q={searchTerms}"`);
      expect(xml).not.toMatch(/127\.0\.0\.1|localhost/);
    }
    const icon = await request.get("icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });
});

test.describe("static edition: each page's policy in a meta tag", () => {
  test("pages allow no inline script but their own, by hash, and name no frame-ancestors", async ({ request }) => {
    for (const address of ["./", "zh", "codes/APIG.0308", "zh/diagnose", "no-such-page"]) {
      const html = await (await request.get(address)).text();
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, address).toBeTruthy();
      const scriptSrc = policy!.split("; ").find((d) => d.startsWith("script-src "))!;
      expect(scriptSrc, address).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(policy).toContain("worker-src 'self'");
      expect(policy).not.toContain("frame-ancestors");
      expect(html).not.toContain("nonce=");
      // The meta tag comes before the first script, or it would not govern it.
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    }
  });

  test("search, the diagnose worker and the 404 page run under it with no violation; an injected script does not", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("./");
    await searchbox(page).fill("apig0308");
    await expect(searchResults(page).getByRole("link").first()).toContainText("APIG.0308");

    await page.goto("diagnose");
    await pasteBox(page).fill('{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}');
    await expect(page.getByTestId("finding").first().getByTestId("finding-code")).toHaveText("APIG.0308");

    await page.goto("codes/AIS.9999");
    await expect(page.getByTestId("closest-codes").getByRole("link").first()).toBeVisible();
    expect(await violations()).toEqual([]);

    // An inline script slipped into the static file is refused by the page's own policy.
    await page.route(/\/codes\/APIG\.0308$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<body([^>]*)>/, `<body$1><script>window.__ran = true</script>`);
      await route.fulfill({ response, body });
    });
    await page.goto("codes/APIG.0308");
    await expect(page.getByTestId("copy-markdown")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran ?? false)).toBe(false);
    expect((await violations()).some((v) => v.startsWith("script-src-elem inline"))).toBe(true);
  });
});
