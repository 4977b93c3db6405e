import { describe, expect, it } from "vitest";
import { compactDocs } from "@/lib/search/documents";
import Fuse from "fuse.js";
import { buildSearchIndex, fieldNorm, unpackSearchIndex } from "@/lib/search/index-build";
import { FUSE_KEYS, FUSE_OPTIONS } from "@/lib/search/options";
import { hasCjk } from "@/lib/search/segment";
import { createSearcher, describeMatch, matchesFilters } from "@/lib/search/search";
import { fixture, slugs } from "./helpers";

const { search, docs, shippedDocs, indexJson } = fixture();
const has = (code: string) => docs.some((d) => d.code === code);

describe("code paths (before fuzzy matching)", () => {
  it.each(["APIG.0308", "apig0308", "APIG-0308", "apig.0308", "Apig_0308", " APIG 308 "])("%s ranks APIG.0308 first", (q) => {
    const results = search(q);
    expect(results[0]!.doc.slug).toBe("APIG.0308");
    expect(results[0]!.why).toEqual([{ kind: "code", value: "APIG.0308" }]);
    expect(results[0]!.score).toBe(0);
  });

  it("an exact code is followed by the same number in the other families, and nothing fuzzy", () => {
    expect(slugs(search("APIG.0308"))).toEqual(["APIG.0308", "APIGW.0308"]);
  });

  it("a bare number matches every entry with that number", () => {
    expect(slugs(search("0308")).slice(0, 2).sort()).toEqual(["APIG.0308", "APIGW.0308"]);
    const expected = ["AIS.0101", "APIG.0101", "APIGW.0101"].filter(has);
    expect(slugs(search("0101")).slice(0, expected.length).sort()).toEqual(expected);
    expect(slugs(search("101")).slice(0, expected.length).sort()).toEqual(expected);
    expect(search("0101").every((r) => r.why[0]!.kind === "codeNumber" && r.why[0]!.value === "0101")).toBe(true);
  });

  it("a bare number that is an HTTP status lists the entries with that status", () => {
    const results = search("429");
    expect(slugs(results).sort()).toEqual(
      docs
        .filter((d) => d.statuses.includes(429))
        .map((d) => d.slug)
        .sort(),
    );
    expect(results[0]!.why).toEqual([{ kind: "status", value: "429" }]);
  });

  it("'ais 101' is a code", () => {
    expect(slugs(search("ais 101"))[0]).toBe("AIS.0101");
  });

  it("the start of a code being typed lists that family's codes with that prefix", () => {
    const results = slugs(search("apigw 03", undefined, 50));
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((s) => s.startsWith("APIGW.03"))).toBe(true);
  });

  it("a code inside a longer query comes first", () => {
    expect(slugs(search('{"error_code": "APIG.0301", "error_msg": "x"}'))[0]).toBe("APIG.0301");
    expect(slugs(search("apigw.0310 project unavailable"))[0]).toBe("APIGW.0310");
  });

  it("an unknown code of a known family finds nothing (the UI offers closestCodes)", () => {
    expect(search("AIS.9999")).toEqual([]);
  });

  it("an unknown family is read as text, not as a code", () => {
    expect(() => search("VPC.0301")).not.toThrow();
    expect(search("timeout 30").length).toBeGreaterThan(0);
  });
});

describe("filters", () => {
  it("filter by layer, status and category, on the fuzzy and the code paths", () => {
    for (const r of search("token", { layer: "modelarts" })) expect(r.doc.layer).toBe("modelarts");
    expect(search("token", { layer: "modelarts" }).length).toBeGreaterThan(0);
    for (const r of search("token", { status: 401 })) expect(r.doc.statuses).toContain(401);
    for (const r of search("bucket", { category: "storage" })) expect(r.doc.category).toBe("storage");
    expect(slugs(search("0308", { layer: "apigw" }))).toEqual(["APIGW.0308"]);
    expect(search("APIG.0308", { category: "auth" })).toEqual([]);
  });

  it("an empty query lists the entries that pass the filters, in catalogue order", () => {
    const all = search("", { layer: "ocr" }, 1000);
    expect(slugs(all)).toEqual(docs.filter((d) => d.layer === "ocr").map((d) => d.slug));
    expect(search("   ", undefined, 5)).toHaveLength(5);
  });

  it("matchesFilters combines the filters", () => {
    const doc = docs.find((d) => d.code === "APIG.0308")!;
    expect(matchesFilters(doc, { layer: "apig", status: 429, category: "throttling" })).toBe(true);
    expect(matchesFilters(doc, { layer: "apig", status: 401 })).toBe(false);
    expect(matchesFilters(doc, {})).toBe(true);
  });

  it("respects the limit", () => {
    expect(search("token", undefined, 3)).toHaveLength(3);
    expect(search("0101", undefined, 1)).toHaveLength(1);
  });
});

describe("highlights and why", () => {
  it("highlight ranges point inside the matched value", () => {
    for (const q of ["rate limit", "imge format", "The Obs file is not exist", "expired token", "bucket"]) {
      for (const result of search(q)) {
        expect(result.highlights.length).toBeGreaterThan(0);
        for (const h of result.highlights) {
          for (const [a, b] of h.ranges) {
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThan(h.value.length);
            expect(a).toBeLessThanOrEqual(b);
          }
        }
      }
    }
  });

  it("highlights the words that matched", () => {
    const top = search("rate limit")[0]!;
    const keyword = top.highlights.find((h) => h.field === "keywords" && h.value === "rate limit")!;
    expect(keyword).toBeDefined();
    const text = keyword.ranges.map(([a, b]) => keyword.value.slice(a, b + 1)).join(" ");
    expect(text).toContain("rate");
    expect(text).toContain("limit");
  });

  it("says why it matched, with no words of any language (the UI words the kinds)", () => {
    expect(search("rate limit")[0]!.why).toContainEqual({ kind: "keyword", value: "rate limit", lang: "en" });
    const message = search("The imge format is not suported")[0]!.why.find((w) => w.kind === "message");
    expect(message?.value).toBe(search("The imge format is not suported")[0]!.doc.message);
    const causes = search("data-URI prefix").flatMap((r) => r.why);
    expect(causes.some((w) => w.kind === "cause" && w.lang === "en" && typeof w.index === "number" && !w.value!.includes(" \u2014 "))).toBe(
      true,
    );
    for (const result of search("token expired")) {
      for (const w of result.why)
        expect(["code", "codeNumber", "status", "phrase", "message", "keyword", "summary", "cause", "step"]).toContain(w.kind);
    }
    expect(search("APIG.0308")[0]!.highlights).toEqual([{ field: "code", value: "APIG.0308", ranges: [[0, 8]] }]);
  });

  it("describeMatch gives each field's kind, the matched text and its language", () => {
    expect(describeMatch("code", "APIG.0308")).toEqual({ kind: "code", value: "APIG.0308" });
    expect(describeMatch("messages", "x")).toEqual({ kind: "message", value: "x" });
    expect(describeMatch("keywords", "rate limit")).toEqual({ kind: "keyword", value: "rate limit", lang: "en" });
    expect(describeMatch("keywordsZh", "限流")).toEqual({ kind: "keyword", value: "限流", lang: "zh" });
    expect(describeMatch("causes", "The token has expired \u2014 The message contains ...", 1)).toEqual({
      kind: "cause",
      value: "The token has expired",
      lang: "en",
      index: 1,
    });
    expect(describeMatch("causesZh", "Token已过期 \u2014 错误信息中有 ...", 0)).toEqual({
      kind: "cause",
      value: "Token已过期",
      lang: "zh",
      index: 0,
    });
    expect(describeMatch("summary", "x")).toEqual({ kind: "summary", value: "x", lang: "en" });
    expect(describeMatch("summaryZh", "摘要")).toEqual({ kind: "summary", value: "摘要", lang: "zh" });
    expect(describeMatch("steps", "a".repeat(100))).toEqual({ kind: "step", value: "a".repeat(100), lang: "en" });
    expect(describeMatch("stepsZh", "重试")).toEqual({ kind: "step", value: "重试", lang: "zh" });
  });
});

describe("the serialised index", () => {
  it("is plain JSON built from the same keys, and the searcher works from the shipped docs", () => {
    expect(JSON.parse(JSON.stringify(indexJson))).toEqual(indexJson);
    expect(indexJson.keys.map((k) => k.id)).toEqual(FUSE_KEYS.map((k) => k.name));
    expect(Object.keys(shippedDocs[0]!).sort()).toEqual(
      ["category", "code", "httpStatus", "layer", "message", "slug", "statuses", "summary", "summaryZh"].sort(),
    );
    for (const doc of shippedDocs) expect(typeof doc.summaryZh).toBe("string");
  });

  it("ships the summaries and the headline message once: in the documents, not again in the index", () => {
    const text = JSON.stringify(indexJson);
    for (const doc of shippedDocs) {
      expect(text).not.toContain(JSON.stringify(doc.summary));
      if (doc.summaryZh) expect(text).not.toContain(JSON.stringify(doc.summaryZh));
    }
    // Yet the searcher finds them, and highlights point into them.
    const summary = search("The image is too large in bytes")
      .flatMap((r) => r.highlights)
      .find((h) => h.field === "summary");
    expect(summary?.value).toBe(shippedDocs.find((d) => d.code === "AIS.0103")!.summary);
  });

  it("unpacks to exactly the index fuse.js builds (norms of Chinese strings by their length)", () => {
    const fuseJson = Fuse.createIndex(FUSE_OPTIONS.keys!, docs).toJSON() as unknown as {
      keys: unknown;
      records: Array<{ i: number; $: Record<number, { v: string; n: number } | Array<{ v: string; n: number }>> }>;
    };
    for (const record of fuseJson.records) {
      for (const value of Object.values(record.$)) {
        for (const sub of Array.isArray(value) ? value : [value]) if (hasCjk(sub.v)) sub.n = fieldNorm(sub.v);
      }
    }
    expect(unpackSearchIndex(indexJson, shippedDocs)).toEqual(JSON.parse(JSON.stringify(fuseJson)));
  });

  it("gives the same results from the full docs as from the shipped ones", () => {
    const full = createSearcher(docs, buildSearchIndex(docs));
    for (const q of ["rate limit", "obs", "0308", "imge format"]) expect(slugs(full(q))).toEqual(slugs(search(q)));
    expect(compactDocs(docs)).toEqual(shippedDocs);
  });

  it("finds the entry without a code by its message", () => {
    const entry = docs.find((d) => d.code === null);
    if (!entry) return; // not written yet
    expect(slugs(search(entry.message))[0]).toBe(entry.slug);
  });
});
