import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { classify } from "./helpers";

/**
 * A guard against super-linear regular expressions or scans: text built to
 * make them backtrack must still classify quickly. The bench
 * (scripts/bench-classify.ts) measures the real figures; the limits here
 * are loose so the test does not flake on a slow machine.
 */
const SIZE = 256 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const inputs: Array<[string, string]> = [
  ["error_code labels", repeat("error_code:error_msg:")],
  ["opening braces", repeat("{")],
  ['"a":"', repeat('"a":"')],
  ["nested objects", repeat('{"a":')],
  ["digits", repeat("0123456789")],
  ["dots", repeat(".")],
  ["ModelArts.", repeat("ModelArts.")],
  ["spaces then a letter", `${" ".repeat(SIZE)}x`],
  ["token labels", repeat('token:"')],
  ["escaped quotes", repeat('{\\"')],
  ["status labels", repeat("status code 4")],
  ["message openings", repeat("Incorrect IAM authentication information: ")],
];

describe("no catastrophic backtracking", () => {
  it.each(inputs)("classifies 256 KB of %s quickly", (_label, text) => {
    classify(text); // warm-up
    const t0 = performance.now();
    const result = classify(text);
    const ms = performance.now() - t0;
    expect(Array.isArray(result.findings)).toBe(true);
    expect(ms).toBeLessThan(1500);
  });
});
