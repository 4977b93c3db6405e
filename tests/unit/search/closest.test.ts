import { describe, expect, it } from "vitest";
import { closestCodes } from "@/lib/search/closest";
import { fixture } from "./helpers";

const { shippedDocs: docs } = fixture();
const codes = (list: { doc: { code: string | null } }[]) => list.map((c) => c.doc.code);
const number = (code: string | null) => Number(code!.split(".")[1]);

describe("closestCodes", () => {
  it("same family first, nearest number first", () => {
    const result = closestCodes("AIS.9999", docs, 3);
    expect(result).toHaveLength(3);
    expect(result.every((c) => c.doc.code!.startsWith("AIS.") && c.reason === "same family")).toBe(true);
    const ais = docs
      .filter((d) => d.code?.startsWith("AIS."))
      .map((d) => d.code!)
      .sort()
      .reverse();
    expect(codes(result)).toEqual(ais.slice(0, 3));
  });

  it("an unknown family: the same number first, then the nearest numbers", () => {
    const result = closestCodes("VPC.0301", docs, 4);
    expect(codes(result).slice(0, 2).sort()).toEqual(["APIG.0301", "APIGW.0301"]);
    expect(result[0]!.reason).toBe("same number");
    const distances = result.map((c) => Math.abs(number(c.doc.code) - 301));
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it("reads a misspelt family and any code spelling", () => {
    expect(closestCodes("apgw-0309", docs, 2).every((c) => c.doc.code!.startsWith("APIGW."))).toBe(true);
    expect(closestCodes("ModelArt.4707", docs, 1)[0]!.doc.code).toBe("ModelArts.4706");
  });

  it("never offers the code itself", () => {
    expect(codes(closestCodes("APIG.0308", docs, 10))).not.toContain("APIG.0308");
  });

  it("free text: entries with the most similar message", () => {
    expect(closestCodes("throttling treshold reachd", docs, 3).map((c) => c.doc.code)).toContain("APIGW.0308");
    expect(closestCodes("", docs)).toEqual([]);
    expect(closestCodes("zzzz qqqq", docs)).toEqual([]);
  });

  it("free text in Chinese: entries whose Chinese summary shares the most character bigrams", () => {
    const first = (q: string) => closestCodes(q, docs, 3).map((c) => c.doc.code);
    expect(first("图片太大了怎么办")[0]).toBe("AIS.0103");
    expect(first("账号被冻结")).toContain("ModelArts.6201");
    expect(first("调用速率超过上限")).toContain("APIG.0308");
    expect(first("欠费停机")).toContain("ModelArts.6201");
    expect(closestCodes("账号被冻结", docs, 3).every((c) => c.reason === "similar message")).toBe(true);
    // Nothing in common, and filler alone, offer nothing.
    expect(closestCodes("天气预报", docs)).toEqual([]);
    expect(closestCodes("量子纠缠", docs)).toEqual([]);
  });

  it("reads the Chinese summary of catalogue entries too (the 404 page passes entries)", () => {
    const { entries } = fixture();
    expect(closestCodes("账号被冻结", entries, 3).map((c) => c.doc.code)).toContain("ModelArts.6201");
  });

  it("a family name alone lists that family", () => {
    const result = closestCodes("apigw", docs, 3);
    expect(result.every((c) => c.doc.code!.startsWith("APIGW."))).toBe(true);
  });
});
