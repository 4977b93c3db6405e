import { describe, expect, it } from "vitest";
import {
  cutLine,
  findingRanges,
  mergeRanges,
  numberedLines,
  occurrenceRanges,
  PACKET_EXCERPT,
  pickOccurrences,
  rangeLineCount,
  splitLines,
} from "@/lib/diagnose/excerpt";
import { makeFinding, occurrencesAt } from "./make-finding";

describe("a finding's own lines", () => {
  it("splits lines the way they are numbered, with CRLF as one break", () => {
    expect(splitLines("a\r\nb\nc")).toEqual(["a", "b", "c"]);
    expect(splitLines("")).toEqual([""]);
  });

  it("picks the first three occurrences and the last", () => {
    const f = makeFinding({ occurrences: occurrencesAt([10, 20, 30, 40, 50]), count: 5, firstLine: 10, lastLine: 50 });
    expect(pickOccurrences(f, PACKET_EXCERPT).map((o) => o.line)).toEqual([10, 20, 30, 50]);
    expect(pickOccurrences(f, { first: 1, last: false }).map((o) => o.line)).toEqual([10]);
  });

  it("falls back to the first and last line without occurrences", () => {
    const f = makeFinding({ occurrences: [], firstLine: 7, lastLine: 90, count: 4 });
    expect(pickOccurrences(f, PACKET_EXCERPT).map((o) => o.line)).toEqual([7, 90]);
  });

  it("adds context around each occurrence, within the paste", () => {
    expect(occurrenceRanges({ line: 1, endLine: 3, time: null, requestId: null }, PACKET_EXCERPT, 100)).toEqual([{ from: 1, to: 5 }]);
    expect(occurrenceRanges({ line: 99, endLine: 100, time: null, requestId: null }, PACKET_EXCERPT, 100)).toEqual([{ from: 97, to: 100 }]);
  });

  it("keeps the start and the end of a very long block", () => {
    const ranges = occurrenceRanges({ line: 100, endLine: 400, time: null, requestId: null }, { context: 2, maxBlockLines: 40 }, 1000);
    expect(ranges).toEqual([
      { from: 98, to: 129 },
      { from: 391, to: 402 },
    ]);
  });

  it("merges overlapping and touching ranges", () => {
    expect(
      mergeRanges([
        { from: 10, to: 12 },
        { from: 1, to: 3 },
        { from: 4, to: 5 },
        { from: 11, to: 20 },
      ]),
    ).toEqual([
      { from: 1, to: 5 },
      { from: 10, to: 20 },
    ]);
    expect(
      rangeLineCount([
        { from: 1, to: 5 },
        { from: 10, to: 20 },
      ]),
    ).toBe(16);
  });

  it("finds the ranges of a whole finding", () => {
    const f = makeFinding({ occurrences: occurrencesAt([5, 7, 300]), count: 3, firstLine: 5, lastLine: 300 });
    expect(findingRanges(f, PACKET_EXCERPT, 1000)).toEqual([
      { from: 3, to: 9 },
      { from: 298, to: 302 },
    ]);
    expect(findingRanges(f, PACKET_EXCERPT, 0)).toEqual([]);
  });
});

describe("printing lines with their numbers", () => {
  const lines = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`);
  const at = (n: number) => lines[n - 1] ?? null;

  it("numbers each line and marks the gaps", () => {
    const text = numberedLines(
      [
        { from: 8, to: 9 },
        { from: 100, to: 101 },
      ],
      at,
    );
    expect(text.split("\n")).toEqual(["  8 | line 8", "  9 | line 9", "    ⋮", "100 | line 100", "101 | line 101"]);
  });

  it("says when a line is not available", () => {
    expect(numberedLines([{ from: 5, to: 5 }], () => null)).toBe("5 | [not in this shared link]");
  });

  it("cuts a long line and says how much is left out", () => {
    expect(cutLine("x".repeat(2500), 2000)).toBe(`${"x".repeat(2000)} [… 500 more characters]`);
    expect(cutLine("short", 10)).toBe("short");
    expect(numberedLines([{ from: 1, to: 1 }], () => "y".repeat(30), 10)).toBe(`1 | ${"y".repeat(10)} [… 20 more characters]`);
  });
});
