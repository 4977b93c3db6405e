import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassifyResult } from "../../../lib/classify";
import { redact } from "../../../lib/classify";
import { catalogue, classify, fixture, type DocumentedPayload, type RealPaste } from "./helpers";

const pastes = fixture<{ items: RealPaste[] }>("real-pastes.json").items.map((p) => p.text);
const payloads = fixture<{ items: DocumentedPayload[] }>("documented-payloads.json").items.map((p) => p.text);
const samples = [...pastes, ...payloads];

const MATCHED_BY = new Set(["code", "message", "status"]);

function expectValid(result: ClassifyResult): void {
  const slugs = new Set(catalogue().map((e) => e.slug));
  expect(Array.isArray(result.findings)).toBe(true);
  expect(Number.isInteger(result.redactions) && result.redactions >= 0).toBe(true);
  for (const f of result.findings) {
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(Number.isInteger(f.count) && f.count >= 1).toBe(true);
    expect(MATCHED_BY.has(f.matchedBy)).toBe(true);
    if (f.entrySlug !== null) expect(slugs.has(f.entrySlug)).toBe(true);
    if (f.known) expect(f.entrySlug).not.toBeNull();
    if (f.matchedBy === "code") expect(f.code).not.toBeNull();
    if (f.httpStatus !== null) expect(f.httpStatus >= 100 && f.httpStatus <= 599).toBe(true);
    if (f.runnerUp) {
      expect(slugs.has(f.runnerUp.entrySlug)).toBe(true);
      expect(f.runnerUp.confidence).toBeGreaterThanOrEqual(0);
      expect(f.runnerUp.confidence).toBeLessThanOrEqual(1);
    }
    for (const v of Object.values(f.values)) expect(typeof v).toBe("string");
    expect(() => JSON.stringify(f)).not.toThrow();
  }
}

/** A sample with a random cut, insertion, deletion or duplication. */
const mutated = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.nat(),
    fc.nat(),
    fc.string({ maxLength: 20 }),
    fc.constantFrom("cut", "insert", "delete", "double", "swap-quotes"),
  )
  .map(([text, a, b, junk, op]) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 40));
    switch (op) {
      case "cut":
        return text.slice(0, i);
      case "insert":
        return text.slice(0, i) + junk + text.slice(i);
      case "delete":
        return text.slice(0, i) + text.slice(j);
      case "double":
        return `${text}\n${text.slice(i)}`;
      default:
        return text.replace(/"/g, "'");
    }
  });

const jsonish = fc.stringMatching(/^[{}[\]"':,\\ a-zA-Z0-9_.\-\n]{0,200}$/);

describe("property: the classifier never throws and always returns a valid result", () => {
  it("for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => expectValid(classify(text))),
      { numRuns: 300 },
    );
  });

  it("for any unicode string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => expectValid(classify(text))),
      { numRuns: 200 },
    );
  });

  it("for JSON-like noise", () => {
    fc.assert(
      fc.property(jsonish, (text) => expectValid(classify(text))),
      { numRuns: 300 },
    );
  });

  it("for mutated real and documented payloads", () => {
    fc.assert(
      fc.property(mutated, (text) => expectValid(classify(text))),
      { numRuns: 400 },
    );
  });

  it("for anything JSON can hold, printed as JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectValid(classify(JSON.stringify(value)))),
      { numRuns: 200 },
    );
  });
});

describe("property: redact", () => {
  it("never throws, counts what it masks, and is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated), (text) => {
        const once = redact(text);
        expect(once.count).toBeGreaterThanOrEqual(0);
        if (once.count === 0) expect(once.text).toBe(text);
        expect(redact(once.text).count).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
