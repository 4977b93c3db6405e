/**
 * The UI text: one dictionary per area and language (lib/i18n/messages/*.ts).
 * Every key exists in both languages with the same kind (text, list, function
 * of the same arity, group), and the Chinese text is written in Chinese.
 */
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";
import { localePath, splitLocale } from "@/lib/i18n/locales";

type Kind = "string" | "function" | "array" | "object" | "other";

function kindOf(value: unknown): Kind {
  if (typeof value === "string") return "string";
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return "array";
  if (value !== null && typeof value === "object") return "object";
  return "other";
}

/** Every difference between two dictionaries, each naming the key path ("packet.ticketFrom", "ticket.general[2]"). */
function compareDictionaries(a: unknown, b: unknown, names: [string, string], path = ""): string[] {
  const here = path || "(root)";
  const [kindA, kindB] = [kindOf(a), kindOf(b)];
  if (kindA !== kindB) return [`${here}: ${kindA} in ${names[0]}, ${kindB} in ${names[1]}`];
  if (kindA === "array") {
    const [listA, listB] = [a as unknown[], b as unknown[]];
    const problems: string[] = [];
    if (listA.length !== listB.length) problems.push(`${here}: ${listA.length} items in ${names[0]}, ${listB.length} in ${names[1]}`);
    for (let i = 0; i < Math.min(listA.length, listB.length); i++)
      problems.push(...compareDictionaries(listA[i], listB[i], names, `${path}[${i}]`));
    return problems;
  }
  if (kindA === "function") {
    const [fa, fb] = [a as (...args: unknown[]) => unknown, b as (...args: unknown[]) => unknown];
    return fa.length === fb.length ? [] : [`${here}: takes ${fa.length} values in ${names[0]}, ${fb.length} in ${names[1]}`];
  }
  if (kindA !== "object") return [];
  const [objA, objB] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const problems: string[] = [];
  for (const key of Object.keys(objA)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in objB)) problems.push(`${at}: missing in ${names[1]}`);
    else problems.push(...compareDictionaries(objA[key], objB[key], names, at));
  }
  for (const key of Object.keys(objB)) if (!(key in objA)) problems.push(`${path ? `${path}.${key}` : key}: missing in ${names[0]}`);
  return problems;
}

/** Every string of a dictionary with its key path (function results are not walked). */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Chinese strings that are in Latin letters on purpose: the link back to English, names written as the API or the docs write them. */
const LATIN_ON_PURPOSE = new Set([
  "site.language.switchTo",
  "site.language.switchLabel",
  "search.paste.kinds.json",
  "diagnose.page.placeholder",
  "diagnose.values.labels.templateId",
  "diagnose.values.labels.expiresAt",
  "diagnose.values.labels.apiId",
]);
/** Lines only one language needs (the English home's offer of the Chinese edition; notes a Chinese page adds): empty in the other. */
const EMPTY_ON_PURPOSE = new Set([
  "site.language.offer",
  "site.language.offerLink",
  "catalogue.page.messageKept",
  "catalogue.page.englishOnly",
]);
/** Chinese characters and full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("UI text: one dictionary per language, with the same keys", () => {
  it("zh has every key of en and nothing more, each of the same kind", () => {
    expect(compareDictionaries(messagesFor("en"), messagesFor("zh"), ["en", "zh"])).toEqual([]);
  });

  it("names the key path of what is missing (the check itself can fail)", () => {
    const en = { packet: { title: "t", ticket: { general: ["a", "b"] } }, report: { found: (n: number) => `${n}` } };
    const zh = { packet: { title: "t", ticket: { general: ["a"] } }, report: {}, extra: "x" };
    expect(compareDictionaries(en, zh, ["en", "zh"])).toEqual([
      "packet.ticket.general: 2 items in en, 1 in zh",
      "report.found: missing in zh",
      "extra: missing in en",
    ]);
  });

  it("writes the Chinese text in Chinese, and leaves nothing empty that English says", () => {
    const english = new Map(strings(messagesFor("en")));
    const zh = strings(messagesFor("zh"));
    const untranslated = zh.filter(([path, text]) => text !== "" && !LATIN_ON_PURPOSE.has(path) && !CHINESE.test(text)).map(([p]) => p);
    expect(untranslated).toEqual([]);
    const empty = [...zh, ...english].filter(([path, text]) => text === "" && !EMPTY_ON_PURPOSE.has(path)).map(([p]) => p);
    expect(empty).toEqual([]);
    // Each line left empty on purpose is empty in exactly one language.
    for (const path of EMPTY_ON_PURPOSE) {
      const pair = [english.get(path), new Map(zh).get(path)];
      expect(pair.filter((t) => t === "").length, path).toBe(1);
    }
  });

  it("gives Chinese sentences from its functions", () => {
    const zh = diagnoseMessages.zh;
    expect(zh.page.found({ findings: 2, total: 9, lines: 1234, redactions: 1, truncated: false })).toBe(
      "在 1,234 行中发现 2 个错误（共出现 9 次）；已隐去 1 个密钥值。",
    );
    expect(zh.packet.ticketFrom("APIG.0301")).toBe("工单中需要提供的信息（摘自APIG.0301页面）：");
    expect(messagesFor("zh").search.noResults.forQuery("欠费")).toBe("没有与“欠费”匹配的错误码。");
    expect(messagesFor("zh").catalogue.codesCount(11)).toBe("11 个错误码");
  });
});

describe("language paths", () => {
  it("puts Chinese under /zh and leaves English where it is", () => {
    expect(localePath("en", "/codes/APIG.0308")).toBe("/codes/APIG.0308");
    expect(localePath("zh", "/codes/APIG.0308")).toBe("/zh/codes/APIG.0308");
    expect(localePath("zh", "/")).toBe("/zh");
    expect(splitLocale("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(splitLocale("/zh/diagnose")).toEqual({ locale: "zh", path: "/diagnose" });
    expect(splitLocale("/zhx/codes")).toEqual({ locale: "en", path: "/zhx/codes" });
    expect(splitLocale("/codes/AIS.0101")).toEqual({ locale: "en", path: "/codes/AIS.0101" });
  });
});
