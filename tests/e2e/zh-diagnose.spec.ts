import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./flows";
import { isStaticEdition, needsNodeServer } from "./edition";

/**
 * /zh/diagnose: the diagnose page in Simplified Chinese. The paste is a real
 * one (tests/fixtures/real-pastes.json): a ddns-go log with Chinese log lines
 * around an APIGW.0301 body, twice, each with its own request id.
 */
const fixture = JSON.parse(readFileSync(path.join(process.cwd(), "tests", "fixtures", "real-pastes.json"), "utf8")) as {
  items: { id: string; text: string }[];
};
const PASTE = fixture.items.find((item) => item.id === "gh-ddnsgo-844")!.text;
const FIRST_ID = "8080d377bffeb6d519b0567c09cebe6b";
const SECOND_ID = "9358b62bd3a9fa53ecd37ab3762ac464";
const MESSAGE = "Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxxxxxxxxxx not exist";

const pasteBox = (page: Page) => page.getByRole("textbox", { name: "粘贴错误响应" });

/** Moves the focus with Tab, as a keyboard user would, until `target` has it. */
async function tabTo(page: Page, target: Locator, most = 40) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Clicks a finding's "copy packet" button with the keyboard and reads what it put on the clipboard. */
async function copiedPacket(page: Page, finding: Locator): Promise<string> {
  const button = finding.getByRole("button", { name: "复制工单材料" });
  await tabTo(page, button, 80);
  await page.keyboard.press("Enter");
  await expect(finding.getByRole("button", { name: "已复制" })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe("诊断页面 (/zh/diagnose)", () => {
  test("a real paste, put in and read with the keyboard: the Chinese card, the Chinese packet with the raw request ids, a share link to /zh/diagnose", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("zh/diagnose");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByText("可以是JSON响应体、curl输出、SDK异常或日志。")).toBeVisible();

    // Tab to the paste box and paste with the keyboard (Ctrl+V); reading starts on its own.
    await page.evaluate((text) => navigator.clipboard.writeText(text), PASTE);
    const box = pasteBox(page);
    await tabTo(page, box);
    await page.keyboard.press("ControlOrMeta+V");
    await expect(box).toHaveValue(PASTE);

    await expect(page.getByTestId("diagnose-status")).toHaveText("在 6 行中发现 1 个错误（共出现 2 次）。");
    const finding = page.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("APIGW.0301");
    await expect(finding.getByTestId("finding-count")).toHaveText("出现 2 次");
    await expect(finding.getByText("API网关无法验证请求携带的IAM凭证", { exact: false })).toBeVisible();
    await expect(finding.getByText("HTTP状态码", { exact: true })).toBeVisible();
    await expect(finding.getByText("请求ID（2 个）", { exact: true })).toBeVisible();
    await expect(finding.getByTestId("finding-status")).toHaveText("401");
    await expect(finding.getByTestId("finding-request-id")).toHaveText(FIRST_ID);
    await expect(finding.getByTestId("finding-message")).toHaveText(MESSAGE);
    await expect(finding.getByTestId("finding-seen")).toHaveText("2 次：首次在第 1 行，最后一次从第 5 行开始");
    await expect(finding.getByTestId("finding-matched-by")).toHaveText("错误码，可信度 98%");

    // The cause the paste shows, in Chinese, with its evidence (as written) and Chinese steps.
    await expect(finding.getByRole("group", { name: "原因" })).toBeVisible();
    await expect(finding.getByRole("radio", { name: /访问密钥ID（AK）不存在/ })).toBeChecked();
    await expect(finding.getByTestId("cause-evidence")).toContainText("粘贴内容中写着：");
    await expect(finding.getByTestId("cause-evidence")).toContainText("ak xxxxxxxxxxxxxxxxxxxxxxxx not exist");
    await expect(finding.getByTestId("cause-title")).toHaveText("处理步骤：访问密钥ID（AK）不存在");
    const steps = finding.getByTestId("finding-steps");
    await expect(steps.getByText(/^确认：/).first()).toBeVisible();
    await expect(steps.getByText(/我的凭证 > 访问密钥/).first()).toBeVisible();

    // The entry's page in Chinese.
    const open = finding.getByRole("link", { name: "打开APIGW.0301页面" });
    await expect(open).toHaveAttribute("href", /\/zh\/codes\/APIGW\.0301$/);

    // Tick the first step with the keyboard; the packet says so, in Chinese, with the paste's facts as they are.
    const firstStep = finding.getByRole("checkbox").first();
    await tabTo(page, firstStep, 80);
    await page.keyboard.press("Space");
    await expect(firstStep).toBeChecked();

    const packet = await copiedPacket(page, finding);
    expect(packet.split("\n")[0]).toBe("OCR错误报告");
    expect(packet).toContain("错误码：APIGW.0301\n");
    expect(packet).toContain("目录条目：APIGW.0301（API网关（APIGW.*））");
    expect(packet).toContain(`错误信息：${MESSAGE}\n`);
    expect(packet).toContain("HTTP状态码：401\n");
    expect(packet).toContain(`请求ID（2 个）：${FIRST_ID}, ${SECOND_ID}\n`);
    expect(packet).toContain("时间：2023/09/08 17:52:24（最后一次：2023/09/08 17:53:48）");
    expect(packet).toContain("原因（依据粘贴内容：“ak xxxxxxxxxxxxxxxxxxxxxxxx not exist”）：访问密钥ID（AK）不存在");
    expect(packet).toMatch(/已完成的步骤：\n {2}\[x\] 1\. \S/);
    expect(packet).toMatch(/参考：http:\/\/\S+\/zh\/codes\/APIGW\.0301\n/);
    expect(packet).toContain("工单中需要提供的信息（摘自APIGW.0301页面）：");
    expect(packet).toContain(`粘贴内容中已有：请求ID = ${FIRST_ID}, ${SECOND_ID}`);
    expect(packet).toContain("粘贴内容中缺少：区域");
    expect(packet).toContain(`\n1 | ${PASTE.split("\n")[0]}\n`);
    expect(packet).toContain("\n2 |  ,返回状态码: 401\n");
    expect(packet).not.toMatch(/\b(Code|Message|Request id|Reference|Cause):/);

    // Share: the link points to the Chinese page and opens there, in Chinese.
    await page.getByRole("button", { name: "分享" }).click();
    await expect(page.getByTestId("share-note")).toContainText("浏览器从不会把这部分发送给服务器");
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toMatch(/\/zh\/diagnose#d=/);
    const other = await context.newPage();
    await other.goto(url);
    await expect(other.locator("html")).toHaveAttribute("lang", "zh-CN");
    const restored = other.getByTestId("finding").first();
    await expect(restored.getByTestId("cause-title")).toHaveText("处理步骤：访问密钥ID（AK）不存在");
    await expect(restored.getByRole("checkbox").first()).toBeChecked();

    await expectNoAxeViolations(page, "/zh/diagnose with a finding");

    // Following the entry link by keyboard opens the Chinese code page.
    await tabTo(page, open, 80);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/zh\/codes\/APIGW\.0301$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("a link made on the English page opens in Chinese on /zh/diagnose; a damaged one says so in Chinese", async ({ page, context }) => {
    await page.goto("diagnose");
    await page.getByRole("textbox", { name: "Paste an error response" }).fill(PASTE);
    await expect(page.getByTestId("finding-code").first()).toHaveText("APIGW.0301");
    await page.getByRole("button", { name: "Share" }).click();
    const english = await page.getByTestId("share-url").inputValue();
    const fragment = english.slice(english.indexOf("#"));

    const zh = await context.newPage();
    await zh.goto(`zh/diagnose${fragment}`);
    const finding = zh.getByTestId("finding").first();
    await expect(finding.getByTestId("finding-code")).toHaveText("APIGW.0301");
    await expect(finding.getByTestId("cause-title")).toHaveText("处理步骤：访问密钥ID（AK）不存在");
    await expect(zh.getByTestId("diagnose-status")).toContainText("发现 1 个错误");
    await expect(pasteBox(zh)).toHaveValue(PASTE);

    const damaged = await context.newPage();
    await damaged.goto("zh/diagnose#d=not-valid-base64!!");
    await expect(damaged.getByRole("alert").filter({ hasText: "分享链接" })).toHaveText(
      "这个分享链接已损坏或被截断，无法恢复诊断结果。请重新索取链接，或在下方粘贴错误响应。",
    );
    await expect(pasteBox(damaged)).toBeEditable();
  });

  test("several errors: the overview and a bare status in Chinese", async ({ page }) => {
    await page.goto("zh/diagnose");
    await pasteBox(page).fill(`${PASTE}\n\n2023/09/08 17:55:00 ERROR upstream answered HTTP/1.1 502 Bad Gateway`);
    const overview = page.getByTestId("overview");
    await expect(overview.getByRole("heading")).toHaveText("概览：2 种不同的错误，共 3 个");
    await expect(overview.getByRole("columnheader", { name: "首次出现" })).toBeVisible();
    await expect(overview.getByTestId("overview-row").nth(0)).toContainText("第 1 行，2023/09/08 17:52:24");
    const timeline = overview.getByTestId("timeline");
    await expect(
      timeline.getByRole("img", { name: /^每分钟的错误数，从 2023-09-08 17:52 到 2023-09-08 17:55（按粘贴内容中写的时间）。/ }),
    ).toBeVisible();
    await expect(timeline.getByRole("list", { name: "时间线图例" })).toContainText("HTTP 502，无错误码");
    await expect(timeline.getByText("以表格查看时间线")).toBeVisible();
    const bare = page.getByTestId("finding").nth(1);
    await expect(bare.getByTestId("finding-code")).toHaveText("HTTP 502，无错误码");
    await expect(bare.getByTestId("status-only")).toContainText("HTTP 502 可能表示：");
    await expect(bare.getByTestId("status-only").getByRole("link", { name: "APIGW.0610" })).toHaveAttribute(
      "href",
      /\/zh\/codes\/APIGW\.0610$/,
    );
  });
});

test.describe("POST /api/classify?lang=zh", () => {
  test.skip(isStaticEdition, needsNodeServer("POST /api/classify"));
  test("answers with the Chinese text and the Chinese page; another language is refused with the allowed ones", async ({
    request,
    baseURL,
  }) => {
    const basePath = new URL(baseURL!).pathname.replace(/\/$/, "");
    const response = await request.post("api/classify?lang=zh", { data: PASTE, headers: { "content-type": "text/plain" } });
    expect(response.status()).toBe(200);
    const answer = await response.json();
    expect(answer.lang).toBe("zh");
    expect(answer.findings[0]).toMatchObject({
      code: "APIGW.0301",
      entry: { url: `${basePath}/zh/codes/APIGW.0301`, retry: { policy: "after-fix", label: "处理原因后再重试" } },
      causeTitle: "访问密钥ID（AK）不存在",
      message: MESSAGE,
      requestIds: [FIRST_ID, SECOND_ID],
    });
    expect(answer.findings[0].causeSteps[0].action).toMatch(/[\u4e00-\u9fff]/);

    const plain = await (await request.post("api/classify", { data: PASTE, headers: { "content-type": "text/plain" } })).json();
    expect(plain).not.toHaveProperty("lang");
    expect(plain.findings[0].entry.url).toBe(`${basePath}/codes/APIGW.0301`);

    const refused = await request.post("api/classify?lang=fr", { data: PASTE, headers: { "content-type": "text/plain" } });
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_lang", message: expect.stringContaining("lang=en or lang=zh") });
  });
});
