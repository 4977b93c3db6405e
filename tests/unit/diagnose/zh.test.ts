/**
 * The Simplified Chinese edition of what the diagnose page, the command line
 * and the API produce: the escalation packet, the ticket checklist, the text
 * report, the API answer and share links. Headings and sentences come in
 * Chinese; codes, messages, request ids, lines and times stay as the paste
 * has them; English stays exactly as it was.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadClassifierData, loadContent } from "@/lib/catalogue/content";
import { localizeEntry } from "@/lib/catalogue/localize";
import { createClassifier, preparePaste } from "@/lib/classify";
import type { Finding } from "@/lib/classify/types";
import { localizeApiResult, toApiResult, type LocalizedApiResult } from "@/lib/diagnose/api-finding";
import { toDiagnoseEntry, type DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { splitLines } from "@/lib/diagnose/excerpt";
import { findingLabel, seenAt, seriesLabel } from "@/lib/diagnose/labels";
import { escalationPacket, type PacketInput } from "@/lib/diagnose/packet";
import { decodeShare, encodeDiagnosis } from "@/lib/diagnose/share";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";
import { excerptNotice, excerptText, sharedState } from "@/lib/diagnose/share-excerpt";
import { displayWidth, textReport } from "@/lib/diagnose/text-report";
import { fieldValue, generalChecklist, GENERAL_ESCALATE, ticketItems } from "@/lib/diagnose/ticket";
import { bucketName, findingsTimeline } from "@/lib/diagnose/timeline";
import { stepValuesText } from "@/lib/diagnose/values";
import type { Locale } from "@/lib/i18n";
import { makeFinding, makeStatusOnly, occurrencesAt } from "./make-finding";

const catalogue = loadContent();
const bySlug = (slug: string) => catalogue.find((e) => e.slug === slug);
const classify = createClassifier(loadClassifierData(catalogue));
const entriesIn = (locale: Locale): Record<string, DiagnoseEntry> =>
  Object.fromEntries(catalogue.map((e) => [e.slug, toDiagnoseEntry(e, locale)]));
const en = entriesIn("en");
const zh = entriesIn("zh");

type RealPaste = { id: string; text: string; code: string | null };
const realPastes = (
  JSON.parse(readFileSync(path.join(process.cwd(), "tests", "fixtures", "real-pastes.json"), "utf8")) as { items: RealPaste[] }
).items;
/** A ddns-go log from a bug report: Chinese log lines (请求接口 ... 失败, 返回状态码: 401) around an APIGW.0301 body, twice. */
const DDNS = realPastes.find((p) => p.id === "gh-ddnsgo-844")!.text;

/** Chinese characters or full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function packetOf(paste: string, locale: Locale, more: Partial<PacketInput> = {}, index = 0): string {
  const finding = classify(paste).findings[index]!;
  const lines = splitLines(preparePaste(paste).text);
  return escalationPacket({
    finding,
    entries: locale === "zh" ? zh : en,
    readerCause: null,
    tickedSteps: [],
    lineAt: (n) => lines[n - 1] ?? null,
    lineCount: lines.length,
    pageUrl: (slug) => `http://desk${locale === "zh" ? "/zh" : ""}/codes/${slug}`,
    locale,
    ...more,
  });
}

function packetFor(finding: Finding, locale: Locale, more: Partial<PacketInput> = {}): string {
  return escalationPacket({
    finding,
    entries: locale === "zh" ? zh : en,
    readerCause: null,
    tickedSteps: [],
    lineAt: () => null,
    lineCount: 0,
    pageUrl: (slug) => `http://desk/zh/codes/${slug}`,
    locale,
    ...more,
  });
}

describe("Chinese log lines classify as before", () => {
  it("reads the ddns-go log: APIGW.0301, 401, both request ids, the cause and its evidence", () => {
    const [f, ...rest] = classify(DDNS).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "APIGW.0301", httpStatus: 401, causeId: "ak-not-exist", count: 2, firstLine: 1, lastLine: 5 });
    expect(f!.requestIds).toEqual(["8080d377bffeb6d519b0567c09cebe6b", "9358b62bd3a9fa53ecd37ab3762ac464"]);
  });
});

describe("escalation packet in Chinese", () => {
  const text = packetOf(DDNS, "zh", { tickedSteps: [0] });
  const entry = zh["APIGW.0301"]!;
  const cause = entry.causes.find((c) => c.id === "ak-not-exist")!;

  it("has Chinese headings and sentences", () => {
    expect(text.split("\n")[0]).toBe("OCR错误报告");
    expect(text).toContain("错误码：APIGW.0301\n");
    expect(text).toContain("目录条目：APIGW.0301（API网关（APIGW.*））");
    expect(text).toContain("HTTP状态码：401\n");
    expect(text).toContain("在粘贴内容中出现 2 次：首次在第 1 行，最后一次从第 5 行开始");
    expect(text).toContain(`原因（依据粘贴内容：“ak xxxxxxxxxxxxxxxxxxxxxxxx not exist”）：${cause.title}`);
    expect(cause.title).toMatch(CHINESE);
    expect(text).toContain(`已完成的步骤：\n  [x] 1. ${cause.steps[0]!.action}`);
    expect(text).toContain("参考：http://desk/zh/codes/APIGW.0301");
    expect(text).toContain("工单中需要提供的信息（摘自APIGW.0301页面）：");
    expect(text).toContain("粘贴内容中的相关行（密钥已隐去；前几次出现和最后一次，每处前后各 2 行）：");
    for (const english of [
      "Code:",
      "Message:",
      "Request id",
      "Seen ",
      "Cause",
      "Reference:",
      "What to put",
      "in the paste",
      "Lines from the paste",
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it("keeps the raw code, message, request ids, times, endpoint and lines exactly", () => {
    expect(text).toContain("错误信息：Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxxxxxxxxxx not exist\n");
    expect(text).toContain("请求ID（2 个）：8080d377bffeb6d519b0567c09cebe6b, 9358b62bd3a9fa53ecd37ab3762ac464");
    expect(text).toContain("时间：2023/09/08 17:52:24（最后一次：2023/09/08 17:53:48）");
    expect(text).toContain("终端节点：dns.myhuaweicloud.com");
    const lines = splitLines(DDNS);
    for (const n of [1, 2, 4, 5, 6]) expect(text).toContain(`\n${n} | ${lines[n - 1]}`);
  });

  it("marks the Chinese ticket checklist against the paste by the English items", () => {
    expect(entry.escalate.every((item) => CHINESE.test(item))).toBe(true);
    for (const item of entry.escalate) expect(text).toContain(`  - ${item}\n`);
    expect(text).toContain("粘贴内容中已有：错误信息 = Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxxxxxxxxxx not exist");
    expect(text).toContain("粘贴内容中已有：请求ID = 8080d377bffeb6d519b0567c09cebe6b, 9358b62bd3a9fa53ecd37ab3762ac464");
    expect(text).toContain("粘贴内容中已有：时间 = 2023/09/08 17:52:24 至 2023/09/08 17:53:48");
    expect(text).toContain("粘贴内容中缺少：区域");
    // The same items are given and missing as in English, item by item.
    const english = packetOf(DDNS, "en");
    const count = (s: string, what: RegExp) => (s.match(what) ?? []).length;
    expect(count(text, /^ {6}粘贴内容中已有：/gm)).toBe(count(english, /^ {6}in the paste: /gm));
    expect(count(text, /^ {6}粘贴内容中缺少：/gm)).toBe(count(english, /^ {6}missing from the paste: /gm));
    expect(count(text, /（请自行补充）/g)).toBe(count(english, /\(add this yourself\)/g));
  });

  it("says in Chinese when the cause is not determined, chosen by the reader, or the only one", () => {
    const undetermined = packetFor(makeFinding(), "zh");
    expect(undetermined).toContain("原因：无法从粘贴内容确定。各原因的区分方法：");
    for (const c of zh["APIG.0301"]!.causes) expect(undetermined).toContain(`  - ${c.title}：${c.tell}`);
    expect(undetermined).not.toContain("已完成的步骤");

    const tokenExpired = makeFinding({ causeId: "token-expired", causeEvidence: "token expires, expires_at: 2021-08-20T08:00:00Z" });
    const chosen = packetFor(tokenExpired, "zh", { readerCause: "aksk-locked" });
    const titles = Object.fromEntries(zh["APIG.0301"]!.causes.map((c) => [c.id, c.title]));
    expect(chosen).toContain(`原因（由使用者选择，粘贴内容中没有体现）：${titles["aksk-locked"]}`);
    expect(chosen).toContain(`  粘贴内容本身指向：${titles["token-expired"]}`);
    expect(chosen).toContain("已完成的步骤：暂无");

    const only = zh["ModelArts.4301"]!;
    const f = makeFinding({
      code: "ModelArts.4301",
      codeAsWritten: "ModelArts.4301",
      entrySlug: "ModelArts.4301",
      layer: "modelarts",
      causeId: only.causes[0]!.id,
    });
    expect(packetFor(f, "zh")).toContain(`原因（ModelArts.4301唯一有文档记载的原因）：${only.causes[0]!.title}`);
  });

  it("lists what a bare status can mean and the general checklist in Chinese", () => {
    const candidates = catalogue.filter((e) => e.statuses.includes(502)).map((e) => e.slug);
    const text = packetFor(makeStatusOnly(502, candidates), "zh");
    expect(text).toContain("错误码：无（响应中没有错误码）");
    expect(text).toContain("HTTP 502 可能表示：");
    for (const slug of candidates)
      expect(text).toContain(`  - ${zh[slug]!.code ?? zh[slug]!.message}：${zh[slug]!.summary}（http://desk/zh/codes/${slug}）`);
    expect(text).toContain("工单中需要提供的信息：\n");
    for (const item of generalChecklist("zh").items) expect(text).toContain(`  - ${item}\n`);
    expect(text).toContain("粘贴内容中缺少：请求ID、时间");
  });

  it("says a code outside the catalogue, and a line a shared link does not hold, in Chinese", () => {
    const vpc = makeFinding({
      code: "VPC.0301",
      codeAsWritten: "VPC.0301",
      family: "VPC",
      known: false,
      entrySlug: null,
      layer: null,
      occurrences: occurrencesAt([2]),
      firstLine: 2,
      lastLine: 2,
    });
    const text = packetFor(vpc, "zh", { lineAt: (n) => (n === 2 ? "VPC.0301 here" : null), lineCount: 3 });
    expect(text).toContain("错误码：VPC.0301（不在OCR错误码目录中）");
    expect(text).toContain("1 | [不在这个分享链接中]\n2 | VPC.0301 here\n3 | [不在这个分享链接中]");
  });

  it("is the English packet, unchanged, without a locale or with locale en", () => {
    const lines = splitLines(preparePaste(DDNS).text);
    const base: PacketInput = {
      finding: classify(DDNS).findings[0]!,
      entries: en,
      readerCause: null,
      tickedSteps: [1],
      lineAt: (n) => lines[n - 1] ?? null,
      lineCount: lines.length,
      pageUrl: (slug) => `http://desk/codes/${slug}`,
    };
    const english = escalationPacket(base);
    expect(escalationPacket({ ...base, locale: "en" })).toBe(english);
    expect(english).toContain("OCR error report\nCode: APIGW.0301\nCatalogue entry: APIGW.0301 (API Gateway (APIGW.*))");
    // Chinese only in the paste's own lines.
    expect(english.slice(0, english.indexOf("Lines from the paste"))).not.toMatch(CHINESE);
  });
});

describe("ticket checklist in Chinese", () => {
  const finding = makeFinding({
    requestIds: ["a1", "b2", "c3", "d4"],
    time: "10:00:03",
    lastTime: "10:09:00",
    values: { region: "cn-north-4" },
  });

  it("reads each Chinese item by its English original", () => {
    for (const entry of catalogue) {
      const view = zh[entry.slug]!;
      const chinese = ticketItems(view.escalate, finding, { fields: view.escalateFields, locale: "zh" });
      const english = ticketItems(entry.escalate, finding);
      expect(
        chinese.map((i) => [i.given.map((g) => g.field), i.missing]),
        entry.slug,
      ).toEqual(english.map((i) => [i.given.map((g) => g.field), i.missing]));
      expect(chinese.map((i) => i.text)).toEqual(localizeEntry(entry, "zh").escalate);
    }
  });

  it("words the values in Chinese and keeps them as they are", () => {
    expect(fieldValue("requestId", finding, "zh")).toBe("a1, b2, c3，另有 1 个");
    expect(fieldValue("time", finding, "zh")).toBe("10:00:03 至 10:09:00");
    expect(fieldValue("region", finding, "zh")).toBe("cn-north-4");
    expect(fieldValue("requestId", finding)).toBe("a1, b2, c3 and 1 more");
  });

  it("has a general checklist in Chinese with the English one's fields", () => {
    const general = generalChecklist("zh");
    expect(general.items).toHaveLength(GENERAL_ESCALATE.length);
    expect(general.items.every((item) => CHINESE.test(item))).toBe(true);
    expect(general.fields).toEqual(generalChecklist("en").fields);
    expect(general.fields[0]).toEqual(["requestId", "time"]);
  });
});

describe("text report in Chinese", () => {
  const report = textReport(classify(DDNS), bySlug, "zh");
  const entry = localizeEntry(bySlug("APIGW.0301")!, "zh");
  const cause = entry.causes.find((c) => c.id === "ak-not-exist")!;

  it("prints the entry, the cause and its steps in Chinese, with the facts as they are", () => {
    expect(report).toContain("发现 1 个错误。\n\n");
    expect(report).toContain(`1. APIGW.0301：${entry.summary}\n   （匹配依据：错误码，可信度 98%）`);
    expect(report).toContain("   所属层：      API网关（APIGW.*）\n");
    expect(report).toContain("   HTTP状态码：  401\n");
    expect(report).toContain("   出现：        2 次：首次在第 1 行，最后一次从第 5 行开始\n");
    expect(report).toContain("   时间：        首次 2023/09/08 17:52:24，最后 2023/09/08 17:53:48\n");
    expect(report).toContain("   请求ID：      （2 个）8080d377bffeb6d519b0567c09cebe6b, 9358b62bd3a9fa53ecd37ab3762ac464\n");
    expect(report).toContain("   错误信息：    Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxxxxxxxxxx not exist\n");
    expect(report).toContain("   值：          终端节点=dns.myhuaweicloud.com\n");
    expect(report).toContain(
      `   原因：        ${cause.title}\n                 粘贴内容中写着：“ak xxxxxxxxxxxxxxxxxxxxxxxx not exist”\n   前几个步骤：\n     1. ${cause.steps[0]!.action}\n        确认：${cause.steps[0]!.check}`,
    );
    expect(report).toContain(`   重试：        处理原因后再重试：${entry.retry.detail}\n`);
    expect(report).toContain("   详情：        /zh/codes/APIGW.0301\n");
  });

  it("starts every field's value at the same terminal column, as the English report does", () => {
    const fieldLines = report.split("\n").filter((l) => /^ {3}\S+：\s+\S/.test(l));
    expect(fieldLines.length).toBeGreaterThan(8);
    for (const line of fieldLines) {
      const [, label, gap] = /^ {3}(\S+：)( +)/.exec(line)!;
      expect(displayWidth(label!) + gap!.length, line).toBe(14);
    }
  });

  it("says in Chinese when nothing was found, and links candidates to the Chinese pages", () => {
    expect(textReport({ findings: [], redactions: 2, lineCount: 1 }, bySlug, "zh")).toBe(
      "没有找到错误码、有文档记载的错误信息或HTTP错误状态码。\n\n已隐去 2 个密钥值。\n",
    );
    const statusOnly = textReport({ findings: [makeStatusOnly(502, ["APIGW.0610"])], redactions: 0, lineCount: 1 }, bySlug, "zh");
    expect(statusOnly).toContain("1. HTTP 502，无错误码：响应中只有状态码");
    expect(statusOnly).toContain(`     - APIGW.0610：${localizeEntry(bySlug("APIGW.0610")!, "zh").summary}（/zh/codes/APIGW.0610）`);
  });

  it("is the English report, unchanged, without a locale", () => {
    expect(textReport(classify(DDNS), bySlug)).toBe(textReport(classify(DDNS), bySlug, "en"));
    expect(textReport(classify(DDNS), bySlug)).toContain("   Layer:        API Gateway (APIGW.*)\n");
  });
});

describe("API answer in Chinese", () => {
  const result = classify(DDNS);

  it("without a language is the answer as it always was", () => {
    const plain = toApiResult(result, bySlug, "/ocr-errors");
    expect(Object.keys(plain)).toEqual(["findings", "redactions", "truncated"]);
    expect(plain.findings[0]).not.toHaveProperty("causeTell");
    expect(plain.findings[0]!.entry).toEqual({
      code: "APIGW.0301",
      slug: "APIGW.0301",
      url: "/ocr-errors/codes/APIGW.0301",
      message: bySlug("APIGW.0301")!.message,
    });
    expect(plain.findings[0]!.causeTitle).toBe(bySlug("APIGW.0301")!.causes.find((c) => c.id === "ak-not-exist")!.title);
  });

  it("with lang zh gives the text fields in Chinese and the page under /zh/codes/", () => {
    const answer = toApiResult(result, bySlug, "/ocr-errors", "zh");
    const entry = localizeEntry(bySlug("APIGW.0301")!, "zh");
    const cause = entry.causes.find((c) => c.id === "ak-not-exist")!;
    expect(answer.lang).toBe("zh");
    expect(answer.findings[0]).toMatchObject({
      code: "APIGW.0301",
      entry: {
        code: "APIGW.0301",
        slug: "APIGW.0301",
        url: "/ocr-errors/zh/codes/APIGW.0301",
        message: bySlug("APIGW.0301")!.message,
        summary: entry.summary,
        retry: { policy: "after-fix", label: "处理原因后再重试", detail: entry.retry.detail },
        escalate: entry.escalate,
      },
      cause: "ak-not-exist",
      causeTitle: cause.title,
      causeTell: cause.tell,
      causeSteps: cause.steps.map((s) => ({ action: s.action, check: s.check })),
      causeEvidence: "ak xxxxxxxxxxxxxxxxxxxxxxxx not exist",
      message: "Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxxxxxxxxxx not exist",
      requestIds: ["8080d377bffeb6d519b0567c09cebe6b", "9358b62bd3a9fa53ecd37ab3762ac464"],
      time: "2023/09/08 17:52:24",
    });
    for (const text of [
      answer.findings[0]!.entry!.summary,
      answer.findings[0]!.causeTitle!,
      answer.findings[0]!.causeTell!,
      answer.findings[0]!.causeSteps![0]!.action,
    ]) {
      expect(text).toMatch(CHINESE);
    }
  });

  it("changes only the wording: every real paste gives the same facts in both languages", () => {
    const facts = (answer: LocalizedApiResult) =>
      answer.findings.map(({ entry, causeTitle, causeTell, causeSteps, ...rest }) => ({
        ...rest,
        entry: entry && { code: entry.code, slug: entry.slug, message: entry.message, policy: entry.retry.policy },
      }));
    for (const paste of realPastes) {
      const r = classify(paste.text);
      expect(facts(toApiResult(r, bySlug, "", "zh")), paste.id).toEqual(facts(toApiResult(r, bySlug, "", "en")));
    }
  });

  it("gives the same answer localized after classifying (the route) as localized while classifying (the command line)", () => {
    for (const paste of realPastes) {
      const r = classify(paste.text);
      expect(localizeApiResult(toApiResult(r, bySlug, "/b"), bySlug, "/b", "zh"), paste.id).toEqual(toApiResult(r, bySlug, "/b", "zh"));
    }
  });

  it("keeps an entry-less finding's nulls", () => {
    const vpc = makeFinding({ code: "DNS.0013", codeAsWritten: "DNS.0013", family: "DNS", known: false, entrySlug: null, layer: null });
    expect(toApiResult({ findings: [vpc], redactions: 0, lineCount: 1 }, bySlug, "", "zh").findings[0]).toMatchObject({
      code: "DNS.0013",
      entry: null,
      causeTitle: null,
      causeTell: null,
      causeSteps: null,
    });
  });
});

describe("POST /api/classify?lang=", { timeout: 30_000 }, () => {
  const post = async (query: string, body: string) => {
    const { POST } = await import("@/app/api/classify/route");
    return POST(new Request(`http://local/api/classify${query}`, { method: "POST", body, headers: { "content-type": "text/plain" } }));
  };

  it("answers in Chinese with lang=zh, and as before without lang", async () => {
    const chinese = await post("?lang=zh", DDNS);
    expect(chinese.status).toBe(200);
    expect(await chinese.json()).toEqual(JSON.parse(JSON.stringify(toApiResult(classify(DDNS), bySlug, "", "zh"))));
    const plain = await post("", DDNS);
    expect(await plain.text()).toBe(JSON.stringify(toApiResult(classify(DDNS), bySlug, "")));
  });

  it("refuses another language with a 400 that says which are allowed", async () => {
    for (const query of ["?lang=fr", "?lang=", "?lang=ZH", "?lang=zh&lang=en"]) {
      const response = await post(query, DDNS);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body, query).toMatchObject({ error: "invalid_lang" });
      expect(body.message, query).toContain("lang=en or lang=zh");
    }
    expect((await (await post("?lang=fr", DDNS)).json()).message).toContain('lang="fr"');
  });
});

describe("command line in Chinese", () => {
  const cli = (args: string[], input: string) =>
    spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/classify.ts", ...args], {
      input,
      encoding: "utf8",
    });

  it("--lang zh prints the Chinese report, --json --lang zh the Chinese API answer", () => {
    const text = cli(["--lang", "zh"], DDNS);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(textReport(classify(DDNS), bySlug, "zh"));
    const json = cli(["--json", "--lang=zh", "-"], DDNS);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(toApiResult(classify(DDNS), bySlug, "", "zh"))));
  }, 30_000);

  it("refuses an unknown or missing language with exit code 2", () => {
    const unknown = cli(["--lang", "fr"], DDNS);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown language "fr" for --lang: use en or zh');
    const missing = cli(["--lang"], DDNS);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--lang needs a language: en or zh");
    expect(unknown.stdout).toBe("");
  }, 30_000);

  it("lists --lang in its help", () => {
    expect(
      execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/classify.ts", "--help"], {
        encoding: "utf8",
      }),
    ).toContain("--lang LANG");
  }, 30_000);
});

describe("share links and the page's labels in Chinese", () => {
  it("reads a link the same in both languages, and says a damaged one in Chinese", () => {
    const fragment = encodeDiagnosis({ kind: "whole", paste: DDNS, causes: { "0": "ak-not-exist" }, ticked: ["0:ak-not-exist:1"] });
    expect(decodeShare(fragment)).toMatchObject({ ok: true, state: { kind: "whole", paste: DDNS } });
    expect(decodeShare("#d=not-valid-base64!!")).toEqual({ ok: false, error: "damaged" });
    expect(diagnoseMessages.zh.share.damaged).toBe("这个分享链接已损坏或被截断，无法恢复诊断结果。请重新索取链接，或在下方粘贴错误响应。");
    expect(diagnoseMessages.en.share.damaged).toMatch(/damaged or cut short/);
  });

  it("says what a long paste's link left out in Chinese", () => {
    const lines: string[] = [];
    for (let n = 1; n <= 2000; n++) {
      lines.push(
        n === 300 || n === 1500
          ? `2026-11-27 14:00:00 ERROR {"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached","request_id":"r${n}"}`
          : `2026-11-27 14:00:00 INFO line ${n} ok`,
      );
    }
    const paste = lines.join("\n");
    const result = classify(paste);
    const state = sharedState({ redactedPaste: paste, result, timeline: null, causes: {}, ticked: [] });
    if (state.kind !== "excerpt") throw new Error("expected an excerpt");
    expect(excerptText(state, "zh").split("\n")[0]).toBe("⋯ 第 1–297 行不在这个链接中 ⋯");
    expect(excerptText(state).split("\n")[0]).toBe("⋯ lines 1–297 are not in this link ⋯");
    expect(excerptNotice(state, "zh")[0]).toMatch(/^这个链接保存了 2,000 行中的 \d+ 行：错误行及其上下文。/);
  });

  it("names findings, lines, buckets and timeline series in Chinese, codes as they are", () => {
    expect(findingLabel(makeStatusOnly(502, []), null, "zh")).toBe("HTTP 502，无错误码");
    expect(findingLabel(makeFinding(), null, "zh")).toBe("APIG.0301");
    expect(seenAt(1234, "2024-05-01 10:00:03", "zh")).toBe("第 1,234 行，2024-05-01 10:00:03");
    expect(bucketName(1, "zh")).toBe("分钟");
    expect(bucketName(120, "zh")).toBe("2小时");
    expect(seriesLabel("HTTP 502, no code", "zh")).toBe("HTTP 502，无错误码");
    expect(seriesLabel("Other errors", "zh")).toBe("其他错误");
    expect(seriesLabel("APIG.0308", "zh")).toBe("APIG.0308");
    // The timeline itself names its series in English, whatever the page's language: a link reads the same on either page.
    const f = makeStatusOnly(502, [], { occurrences: [{ line: 1, endLine: 1, time: "2024-05-01 10:00:03", requestId: null }] });
    expect(findingsTimeline([f], () => findingLabel(f, null))!.series[0]!.label).toBe("HTTP 502, no code");
    expect(stepValuesText({ values: ["templateId", "region"] }, { templateId: "tpl-42", region: "cn-north-4" }, "zh")).toBe(
      "粘贴内容中的值：template_id = tpl-42，区域 = cn-north-4",
    );
  });
});
