import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bucketLabel,
  bucketMinutesFor,
  bucketName,
  bucketTotals,
  buildTimeline,
  findingsTimeline,
  MAX_SERIES,
  parseLogTime,
} from "@/lib/diagnose/timeline";
import { MAX_BUCKETS } from "@/lib/diagnose/limits";

const utc = (s: string) => Date.parse(s);

describe("reading log timestamps", () => {
  it.each([
    ["2024-05-01 10:00:03,123", "2024-05-01T10:00:03.123Z", false],
    ["2026-11-27T14:12:13.604", "2026-11-27T14:12:13.604Z", false],
    ["Fri, 27 Nov 2026 14:12:13 GMT", "2026-11-27T14:12:13.000Z", true],
    ["2024/05/01 10:00:03", "2024-05-01T10:00:03.000Z", false],
    ["2024-05-01T10:00:03Z", "2024-05-01T10:00:03.000Z", true],
    ["[2024-05-01 10:00:03]", "2024-05-01T10:00:03.000Z", false],
    ["2024年05月01日 10:00:03", "2024-05-01T10:00:03.000Z", false],
    ["2024年5月1日 9:07", "2024-05-01T09:07:00.000Z", false],
    ["2024-05-01T18:00:03+08:00", "2024-05-01T10:00:03.000Z", true],
    ["2024-05-01 05:30:03 -0430", "2024-05-01T10:00:03.000Z", true],
    ["27/Nov/2026:14:12:13 +0000", "2026-11-27T14:12:13.000Z", true],
    ["2024-05-01 10:00:03.123456789", "2024-05-01T10:00:03.123Z", false],
  ])("%s", (written, iso, zoned) => {
    expect(parseLogTime(written)).toEqual({ ms: utc(iso), zoned });
  });

  it("reads the time inside a log line", () => {
    expect(parseLogTime("ERROR 2024-05-01 10:00:03,123 [worker-3] ocr call failed")?.ms).toBe(utc("2024-05-01T10:00:03.123Z"));
  });

  it("skips what is not a time, or not a real one", () => {
    for (const bad of [
      "",
      "yesterday",
      "10:00:03",
      "2024-13-01 10:00:03",
      "2024-02-30 10:00:03",
      "2024-05-01 25:00:03",
      "31 Foo 2024 10:00:00",
      "2024-05-01 10:00:03 +99:00",
      null,
      undefined,
    ]) {
      expect(parseLogTime(bad as string | null)).toBeNull();
    }
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const t = parseLogTime(text);
        expect(t === null || Number.isFinite(t.ms)).toBe(true);
      }),
    );
  });
});

describe("errors per minute", () => {
  it("counts each series per minute, with empty minutes in between", () => {
    const data = buildTimeline([
      { key: "a", label: "APIG.0308", times: ["2024-05-01 10:00:03", "2024-05-01 10:00:59", "2024-05-01 10:03:00"] },
      { key: "b", label: "HTTP 502, no code", times: ["2024-05-01 10:01:10"] },
    ])!;
    expect(data.bucketMinutes).toBe(1);
    expect(data.buckets).toBe(4);
    expect(bucketLabel(data, 0)).toBe("2024-05-01 10:00");
    expect(data.series).toEqual([
      { key: "a", label: "APIG.0308", counts: [2, 0, 0, 1] },
      { key: "b", label: "HTTP 502, no code", counts: [0, 1, 0, 0] },
    ]);
    expect(bucketTotals(data)).toEqual([2, 1, 0, 1]);
    expect(data).toMatchObject({ clock: "as-written", placed: 4, skipped: 0 });
  });

  it("skips unreadable and missing times and counts the unreadable ones", () => {
    const data = buildTimeline([{ key: "a", label: "A", times: ["2024-05-01 10:00:03", "garbage", null, "2024-05-01T10:00:30Z"] }])!;
    expect(data.series[0]!.counts).toEqual([2]);
    expect(data).toMatchObject({ placed: 2, skipped: 1, clock: "mixed" });
  });

  it("has no timeline when no time can be read", () => {
    expect(buildTimeline([{ key: "a", label: "A", times: [null, "no time here"] }])).toBeNull();
    expect(buildTimeline([])).toBeNull();
  });

  it("widens the buckets for long spans and never draws more than MAX_BUCKETS bars", () => {
    const day = buildTimeline([{ key: "a", label: "A", times: ["2024-05-01 00:00:00", "2024-05-01 23:59:00"] }])!;
    expect(day.bucketMinutes).toBe(15);
    expect(day.buckets).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(bucketName(day.bucketMinutes)).toBe("15 minutes");
    const years = buildTimeline([{ key: "a", label: "A", times: ["1999-01-01 00:00:00", "2024-05-01 10:00:00"] }])!;
    expect(years.buckets).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(years.series[0]!.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(bucketMinutesFor(0, 0)).toBe(1);
  });

  it("keeps every time in a bucket whatever the span", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 30 }), (stamps) => {
        const times = stamps.map((ms) => new Date(ms).toISOString());
        const data = buildTimeline([{ key: "a", label: "A", times }])!;
        expect(data.buckets).toBeLessThanOrEqual(MAX_BUCKETS);
        expect(data.series[0]!.counts.reduce((a, b) => a + b, 0)).toBe(times.length);
      }),
    );
  });

  it("sums the smallest series beyond MAX_SERIES into 'Other errors'", () => {
    const inputs = Array.from({ length: MAX_SERIES + 3 }, (_, i) => ({
      key: String(i),
      label: `CODE.${i}`,
      times: Array.from({ length: i + 1 }, () => "2024-05-01 10:00:00"),
    }));
    const data = buildTimeline(inputs)!;
    expect(data.series).toHaveLength(MAX_SERIES);
    const other = data.series[data.series.length - 1]!;
    expect(other.label).toBe("Other errors");
    expect(other.counts).toEqual([1 + 2 + 3 + 4]);
    expect(bucketTotals(data)).toEqual([inputs.reduce((n, s) => n + s.times.length, 0)]);
  });

  it("puts findings with the same code in one series", () => {
    const findings = [
      { occurrences: [{ time: "2024-05-01 10:00:00" }] },
      { occurrences: [{ time: "2024-05-01 10:00:20" }, { time: null }] },
      { occurrences: [{ time: "2024-05-01 10:01:00" }] },
    ];
    const data = findingsTimeline(findings, (i) => (i === 2 ? "AIS.0103" : "APIG.0301"))!;
    expect(data.series.map((s) => [s.label, s.counts])).toEqual([
      ["APIG.0301", [2, 0]],
      ["AIS.0103", [0, 1]],
    ]);
  });
});
