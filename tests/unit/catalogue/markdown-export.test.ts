import { describe, expect, it } from "vitest";
import { catalogue, entryByCode } from "@/lib/catalogue";
import { localizeEntry } from "@/lib/catalogue/localize";
import { messageToCauseRows, messagesForCause } from "@/lib/catalogue/cause-messages";
import { shortMessage, statusText } from "@/lib/catalogue/labels";
import { causeToMarkdown, entryLinkMarkdown, entryToMarkdown, escapeMarkdown } from "@/lib/catalogue/markdown-export";

const URL_EN = "https://desk.example/codes/APIG.0301";
const URL_ZH = "https://desk.example/zh/codes/APIG.0301";
const apig0301 = entryByCode("APIG.0301")!;

describe("shortMessage: the message cut for link text", () => {
  it("stops at the first colon or the end of the first sentence, without the period", () => {
    expect(shortMessage("The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute")).toBe(
      "The throttling threshold has been reached",
    );
    expect(shortMessage("Incorrect IAM authentication information.")).toBe("Incorrect IAM authentication information");
    expect(shortMessage("Failed to obtain the temporary AK/SK")).toBe("Failed to obtain the temporary AK/SK");
    expect(shortMessage("Version 1.2 is not supported. Use 2.0.")).toBe("Version 1.2 is not supported");
  });

  it("cuts a long message without a colon or sentence end at 100 characters", () => {
    const short = shortMessage("word ".repeat(60).trim());
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short.endsWith("…")).toBe(true);
  });
});

describe("entryLinkMarkdown", () => {
  it("is a Markdown link with the code and the short message", () => {
    expect(entryLinkMarkdown(entryByCode("APIG.0308")!, "https://desk.example/codes/APIG.0308")).toBe(
      "[APIG.0308: The throttling threshold has been reached](https://desk.example/codes/APIG.0308)",
    );
    expect(entryLinkMarkdown(apig0301, URL_EN)).toBe(`[APIG.0301: Incorrect IAM authentication information](${URL_EN})`);
  });

  it("escapes brackets and emphasis marks in the text, and names the entry without a code", () => {
    expect(escapeMarkdown("a [b] *c* _d_ `e`")).toBe("a \\[b\\] \\*c\\* \\_d\\_ \\`e\\`");
    const noCode = catalogue.find((e) => e.code === null)!;
    expect(entryLinkMarkdown(noCode, "u")).toMatch(/^\[No documented code: Failed to obtain the temporary AK\/SK\]\(u\)$/);
    expect(entryLinkMarkdown(noCode, "u", "zh")).toMatch(/^\[无文档记载的错误码: Failed to obtain the temporary AK\/SK\]\(u\)$/);
  });
});

describe("causeToMarkdown: one cause alone", () => {
  it("has the title, how to tell, the message ending that points to it, numbered steps with checks and the anchor link", () => {
    const md = causeToMarkdown(apig0301, "token-expired", URL_EN);
    const cause = apig0301.causes.find((c) => c.id === "token-expired")!;
    expect(md.split("\n")[0]).toBe("### APIG.0301 · Cause: The token has expired");
    expect(md).toContain(`How to tell: ${cause.tell}`);
    expect(md).toContain("- `Incorrect IAM authentication information: token expires, expires_at: xxx`");
    expect(md).toContain(`1. ${cause.steps[0]!.action}\n   - Check: ${cause.steps[0]!.check}`);
    expect(md).toContain(`2. ${cause.steps[1]!.action}`);
    expect(md.endsWith(`Page: ${URL_EN}#cause-token-expired`)).toBe(true);
    // Only this cause.
    expect(md).not.toContain("decrypt token fail");
    expect(md).not.toContain(apig0301.causes[0]!.title);
  });

  it("is in Chinese on the Chinese page, with the message left in English", () => {
    const zh = localizeEntry(apig0301, "zh");
    const md = causeToMarkdown(zh, "token-expired", URL_ZH, "zh");
    const cause = zh.causes.find((c) => c.id === "token-expired")!;
    expect(md.split("\n")[0]).toBe(`### APIG.0301 · 原因: ${cause.title}`);
    expect(md).toContain(`如何判断: ${cause.tell}`);
    expect(md).toContain("指向此原因的错误信息:");
    expect(md).toContain("token expires, expires_at: xxx");
    expect(md).toContain(`   - 确认: ${cause.steps[0]!.check}`);
    expect(md.endsWith(`页面: ${URL_ZH}#cause-token-expired`)).toBe(true);
  });

  it("refuses a cause the entry does not have", () => {
    expect(() => causeToMarkdown(apig0301, "nope", URL_EN)).toThrow(/no cause "nope"/);
  });
});

describe("entryToMarkdown: the whole entry", () => {
  it("lists the sources one per line with their notes", () => {
    const md = entryToMarkdown(apig0301, URL_EN);
    expect(md).toContain("### Sources\n\n");
    for (const s of apig0301.sources) expect(md).toContain(`\n- ${s.url} — ${s.note}`);
    expect(md.endsWith(`- ${apig0301.sources.at(-1)!.url} — ${apig0301.sources.at(-1)!.note}`)).toBe(true);
    expect(md).toContain("- Layer: API Gateway (APIG.*)");
    expect(md).not.toContain("(APIG.*) (APIG.*)");
    expect(md).toContain(`- Page: ${URL_EN}`);
    expect(md.match(/^### Cause: /gm)).toHaveLength(apig0301.causes.length);
  });

  it("uses Chinese headings on the Chinese page", () => {
    const md = entryToMarkdown(localizeEntry(apig0301, "zh"), URL_ZH, "zh");
    expect(md).toContain("## APIG.0301: Incorrect IAM authentication information.");
    expect(md).toContain("- 所属层: API网关（APIG.*）");
    expect(md).toContain("### 来源\n\n");
    expect(md).toContain("### 提交工单时请提供");
    expect(md).not.toMatch(/^### (Cause|Sources)/m);
  });

  it('says "Not documented by Huawei" for an entry without a status, in both languages', () => {
    const entry = entryByCode("ModelArts.4101")!;
    expect(entry.statuses).toEqual([]);
    expect(statusText(entry)).toBe("Not documented by Huawei");
    expect(statusText(entry, "zh")).toBe("华为云文档未记载");
    expect(entryToMarkdown(entry, "u")).toContain("- HTTP status: Not documented by Huawei");
  });
});

describe("which message points to which cause", () => {
  it("maps every variant of APIG.0301 and every message of APIGW.0201 to its cause", () => {
    expect(messageToCauseRows(apig0301).map((r) => r.cause.id)).toEqual(apig0301.variants.map((v) => v.cause));
    const apigw0201 = entryByCode("APIGW.0201")!;
    const rows = messageToCauseRows(apigw0201);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.text === "Backend timeout.")).toMatchObject({ httpStatus: 504, cause: { id: "backend-timeout" } });
    expect(messagesForCause(apigw0201, "request-too-large").map((m) => m.httpStatus)).toEqual([413, 414, 494]);
  });

  it("is empty for an entry whose message does not tell causes apart", () => {
    expect(messageToCauseRows(entryByCode("AIS.0101")!)).toEqual([]);
  });
});
