import { afterEach, describe, expect, it } from "vitest";
import { buildSearchIndex, fieldNorm, unpackSearchIndex } from "@/lib/search/index-build";
import { significantTerms } from "@/lib/search/prefilter";
import { bigrams, hasCjk, queryTokens, setSegmenterForTests, stripFiller, tokenize, wordCount } from "@/lib/search/segment";
import { fixture } from "./helpers";

const { search, docs } = fixture();
const hasSegmenter = typeof (Intl as unknown as { Segmenter?: unknown }).Segmenter === "function";

afterEach(() => setSegmenterForTests(undefined));

describe("index-side tokenizer", () => {
  it("keeps Latin words as fuse.js's default pattern does", () => {
    expect(tokenize("The throttling threshold, ratelimit:XX")).toEqual(["the", "throttling", "threshold", "ratelimit", "xx"]);
    expect(tokenize("x-auth-token AK/SK 10MB")).toEqual(["x", "auth", "token", "ak", "sk", "10mb"]);
  });

  it("splits a CJK run into overlapping bigrams; one character stays as it is", () => {
    expect(bigrams("图片过大")).toEqual(["图片", "片过", "过大"]);
    expect(bigrams("桶")).toEqual(["桶"]);
    expect(bigrams("")).toEqual([]);
    expect(tokenize("图片过大")).toEqual(["图片", "片过", "过大"]);
    expect(tokenize("欠费")).toEqual(["欠费"]);
  });

  it("splits a word at the change of script: Token过期, OBS桶, 10MB以内", () => {
    expect(tokenize("Token过期")).toEqual(["token", "过期"]);
    expect(tokenize("OBS桶不存在")).toEqual(["obs", "桶不", "不存", "存在"]);
    expect(tokenize("压缩到10MB以内")).toEqual(["压缩", "缩到", "10mb", "以内"]);
    expect(tokenize("使用AK/SK签名，或者X-Auth-Token。")).toEqual(["使用", "ak", "sk", "签名", "或者", "x", "auth", "token"]);
  });

  it("is its own fixed point: tokens joined by spaces give the same tokens (how fuse.js gets the query)", () => {
    for (const text of ["图片太大了怎么办", "APIG.0308 限流", "Token过期 401", "桶"]) {
      const once = tokenize(text);
      expect(tokenize(once.join(" "))).toEqual(once);
    }
  });

  it("counts a CJK run as one word per two characters (fuse.js's field norm)", () => {
    expect(wordCount("rate limit")).toBe(2);
    expect(wordCount("图片过大")).toBe(2);
    expect(wordCount("欠费")).toBe(1);
    expect(wordCount("Token过期")).toBe(2);
    expect(wordCount("")).toBe(1);
    expect(hasCjk("APIG.0308")).toBe(false);
    expect(hasCjk("APIG.0308 限流")).toBe(true);
  });

  it("gives Chinese strings in the index the norm of their length, not of their spaces", () => {
    const { shippedDocs } = fixture();
    const index = unpackSearchIndex(buildSearchIndex(docs), shippedDocs);
    const keyOf = (name: string) => index.keys.findIndex((k) => k.id === name);
    type Sub = { v: string; n: number };
    const records = index.records as unknown as Array<{ i: number; $: Record<number, Sub | Sub[]> }>;
    const summaryZh = keyOf("summaryZh");
    const record = records.find((r) => r.$[summaryZh])!;
    const sub = record.$[summaryZh] as Sub;
    expect(sub.v).toBe(docs[record.i]!.summaryZh);
    expect(sub.n).toBeCloseTo(1 / Math.sqrt(wordCount(sub.v)), 2);
    expect(sub.n).toBeLessThan(1);
    const stepsZh = keyOf("stepsZh");
    const step = (records.find((r) => r.$[stepsZh])!.$[stepsZh] as Sub[])[0]!;
    expect(step.n).toBeCloseTo(1 / Math.sqrt(wordCount(step.v)), 2);
    // 1/√2, to the three decimals fuse.js keeps.
    expect(fieldNorm("rate limit")).toBe(Number(Math.SQRT1_2.toFixed(3)));
    expect(fieldNorm("图片过大")).toBe(Number(Math.SQRT1_2.toFixed(3)));
  });
});

describe("query tokenizer", () => {
  it("drops filler before taking bigrams: 图片太大了怎么办 searches 图片太大", () => {
    const tokens = queryTokens("图片太大了怎么办", { alternates: false, acrossWords: true });
    expect(tokens).toEqual(["图片", "片太", "太大"]);
    expect(queryTokens("签名为什么一直报错", { alternates: false })).toEqual(["签名"]);
  });

  it("keeps 错误 (the catalogue's words hold it) but drops 报错 and 错误码", () => {
    expect(queryTokens("参数错误", { alternates: false, acrossWords: true })).toEqual(["参数", "数错", "错误"]);
    expect(queryTokens("APIG.0308错误码")).toEqual(["apig", "0308"]);
  });

  it("drops a one-character particle only where the segmenter cuts it out alone", () => {
    if (!hasSegmenter) return;
    expect(queryTokens("账号被冻结了", { alternates: false, acrossWords: true })).toEqual(["账号", "冻结"]);
    // 时 ends 超时, 在 starts 在线: never dropped, though ICU cuts them out.
    expect(queryTokens("请求超时", { alternates: false, acrossWords: true })).toEqual(["请求", "求超", "超时"]);
  });

  it("takes no bigram across two words the segmenter knows, but does across single characters", () => {
    if (!hasSegmenter) return;
    // ICU: 图片|大小|超过|限制 -- 片大, 小超, 过限 would only add noise.
    expect(queryTokens("图片大小超过限制", { alternates: false })).toEqual(["图片", "大小", "超过", "限制"]);
    // ICU: 欠|费 and 鉴|权 are cut into characters; the bigram across finds the word.
    expect(queryTokens("欠费")).toEqual(["欠费"]);
    expect(queryTokens("鉴权失败", { alternates: false })).toContain("鉴权");
  });

  it("works without Intl.Segmenter: plain bigrams, multi-character filler still dropped", () => {
    setSegmenterForTests(null);
    expect(queryTokens("图片大小超过限制", { alternates: false })).toEqual(["图片", "片大", "大小", "小超", "超过", "过限", "限制"]);
    expect(queryTokens("图片太大了怎么办", { alternates: false })).toEqual(["图片", "片太", "太大", "大了"]);
    expect(stripFiller("鉴权失败怎么办").map((p) => p.text)).toEqual(["鉴权失败"]);
    expect(search("图片太大了怎么办").map((r) => r.doc.slug)).toContain("AIS.0103");
  });

  it("adds near-synonyms after the bigram they stand for", () => {
    expect(queryTokens("图片太大")).toEqual(expect.arrayContaining(["图片", "太大", "过大"]));
    expect(queryTokens("token失效")).toEqual(["token", "失效", "过期"]);
    expect(queryTokens("帐号冻结")).toEqual(expect.arrayContaining(["帐号", "账号", "冻结"]));
  });

  it("reads mixed queries word by word", () => {
    expect(queryTokens("APIG.0308 限流")).toEqual(["apig", "0308", "限流"]);
    expect(queryTokens("401 鉴权失败", { alternates: false, acrossWords: true })).toEqual(["401", "鉴权", "权失", "失败"]);
    expect(queryTokens("图片 size")).toEqual(["图片", "size"]);
    expect(queryTokens("token过期")).toEqual(["token", "过期", "失效"]);
  });

  it("reads full-width letters and digits as ASCII", () => {
    expect(queryTokens("ＡＰＩＧ．０３０８，Ｔｏｋｅｎ过期", { alternates: false })).toEqual(["apig", "0308", "token", "过期"]);
  });

  it("keeps a one-character Chinese word among the significant terms, drops a single Latin letter", () => {
    expect(significantTerms(queryTokens("OBS桶"))).toEqual(["obs", "桶"]);
    expect(significantTerms(["a", "bucket"])).toEqual(["bucket"]);
  });

  it("a query of nothing but filler still searches something", () => {
    expect(queryTokens("怎么办").length).toBeGreaterThan(0);
  });
});

describe("CJK search behaviour", () => {
  /** Every highlight range lies inside its value and covers characters the query asked for. */
  function expectRangesOn(query: string, wanted: RegExp) {
    const results = search(query);
    expect(results.length).toBeGreaterThan(0);
    let covered = 0;
    for (const result of results) {
      for (const h of result.highlights) {
        for (const [a, b] of h.ranges) {
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThan(h.value.length);
          expect(a).toBeLessThanOrEqual(b);
          const text = h.value.slice(a, b + 1);
          if (hasCjk(text)) {
            expect(text).toMatch(wanted);
            covered++;
          }
        }
      }
    }
    expect(covered).toBeGreaterThan(0);
  }

  it("highlights the Chinese characters that matched, in Chinese strings", () => {
    expectRangesOn("欠费", /^欠费$/);
    expectRangesOn("限流", /^限流$/);
    expectRangesOn("鉴权失败", /^(鉴权|权失|失败|鉴权失|权失败|鉴权失败)$/);
  });

  it("highlights a keyword whole when the whole keyword matched", () => {
    const top = search("图片太大")[0];
    expect(top).toBeDefined();
    const all = search("图片太大")
      .flatMap((r) => r.highlights)
      .find((h) => h.field === "keywordsZh" && h.value === "图片太大");
    expect(all).toBeDefined();
    expect(all!.ranges).toEqual([[0, 3]]);
  });

  it("highlights only the Latin and the Chinese parts of a mixed keyword that matched", () => {
    const h = search("token 过期")
      .flatMap((r) => r.highlights)
      .find((x) => x.field === "keywordsZh" && x.value === "Token过期");
    expect(h).toBeDefined();
    expect(h!.ranges.map(([a, b]) => h!.value.slice(a, b + 1)).join("")).toBe("Token过期");
  });

  it("a one-character word highlights that character only", () => {
    const results = search("OBS桶");
    const ranges = results.flatMap((r) => r.highlights).flatMap((h) => h.ranges.map(([a, b]) => h.value.slice(a, b + 1)));
    expect(ranges).toContain("桶");
    for (const text of ranges) if (text.length === 1) expect(text).toBe("桶");
  });

  it("a one-character word does not change how the next query matches", () => {
    const before = search("throtling threshhold");
    search("桶");
    search("OBS桶");
    const after = search("throtling threshhold");
    expect(after).toEqual(before);
    for (const h of after.flatMap((r) => r.highlights)) for (const [a, b] of h.ranges) expect(b).toBeGreaterThan(a);
  });

  it("no fuzzy matching between Chinese words: one character off is another word", () => {
    // 欠款 (a debt) shares no bigram with 欠费; 限速 is not 限流.
    for (const [query, not] of [
      ["冻住", "冻结"],
      ["限速", "限流"],
    ] as const) {
      for (const result of search(query)) {
        for (const h of result.highlights) {
          for (const [a, b] of h.ranges) expect(h.value.slice(a, b + 1)).not.toBe(not);
        }
      }
    }
  });

  it("Chinese that matches nothing finds nothing (no noise)", () => {
    expect(search("天气预报")).toEqual([]);
    expect(search("量子纠缠")).toEqual([]);
  });

  it("says why in the language it matched", () => {
    const why = search("欠费")[0]!.why;
    expect(why).toContainEqual({ kind: "keyword", value: "欠费", lang: "zh" });
    const cause = search("账号欠费")
      .flatMap((r) => r.why)
      .find((w) => w.kind === "cause");
    if (cause) {
      expect(cause.lang).toBe("zh");
      expect(typeof cause.index).toBe("number");
      expect(cause.value).not.toContain(" \u2014 ");
    }
    const mixed = search("rate limit 限流").flatMap((r) => r.why);
    expect(mixed.some((w) => w.lang === "en")).toBe(true);
    expect(mixed.some((w) => w.lang === "zh")).toBe(true);
  });

  it("the shipped documents carry the Chinese summary", () => {
    const { shippedDocs, entries } = fixture();
    for (const [i, doc] of shippedDocs.entries()) expect(doc.summaryZh).toBe(entries[i]!.zh?.summary.trim() ?? "");
  });
});
