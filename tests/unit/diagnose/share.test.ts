import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassifyResult, Finding } from "@/lib/classify/types";
import {
  decodeShare,
  encodeDiagnosis,
  handoffFragment,
  MAX_HANDOFF_CHARS,
  MAX_SHARED_PASTE_CHARS,
  type SharedExcerpt,
} from "@/lib/diagnose/share";
import { excerptLineAt, excerptNotice, excerptText, SHARED_REQUEST_IDS, sharedLineCount, sharedState } from "@/lib/diagnose/share-excerpt";
import { buildTimeline } from "@/lib/diagnose/timeline";
import { makeFinding, makeStatusOnly, occurrencesAt } from "./make-finding";

/** A link made by the version before links could hold excerpts (payload v:1): wiki pages hold links like it. */
const V1_LINK =
  "#d=eyJ2IjoxLCJwIjoiSFRUUC8xLjEgNDAxIFVuYXV0aG9yaXplZFxuWC1BdXRoLVRva2VuOiAqKioqXG5cbntcImVycm9yX2NvZGVcIjpcIkFQSUcuMDMwMVwiLFwiZXJyb3JfbXNnXCI6XCJJbmNvcnJlY3QgSUFNIGF1dGhlbnRpY2F0aW9uIGluZm9ybWF0aW9uOiB0b2tlbiBleHBpcmVzLCDku6TniYzov4fmnJ9cIn0iLCJjIjp7IjAiOiJ0b2tlbi1taXNzaW5nIn0sInQiOlsiMDp0b2tlbi1taXNzaW5nOjEiXX0";

const b64 = (json: unknown) => `d=${Buffer.from(JSON.stringify(json)).toString("base64url")}`;

describe("share links: whole pastes (version 1)", () => {
  it("opens a link made by the earlier version", () => {
    expect(decodeShare(V1_LINK)).toEqual({
      ok: true,
      state: {
        kind: "whole",
        paste:
          'HTTP/1.1 401 Unauthorized\nX-Auth-Token: ****\n\n{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, 令牌过期"}',
        causes: { "0": "token-missing" },
        ticked: ["0:token-missing:1"],
      },
    });
  });

  it("still writes version 1 for a paste that fits, so older pages open the link too", () => {
    const state = {
      kind: "whole" as const,
      paste: '{"error_code":"APIG.0301","error_msg":"令牌过期 token expires"}',
      causes: { "0": "token-expired" },
      ticked: ["0:token-expired:0"],
    };
    const fragment = encodeDiagnosis(state);
    expect(fragment).toMatch(/^d=[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(fragment.slice(2), "base64url").toString("utf8"))).toEqual({
      v: 1,
      p: state.paste,
      c: state.causes,
      t: state.ticked,
    });
    expect(decodeShare(`#${fragment}`)).toEqual({ ok: true, state });
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (paste) => {
        const state = { kind: "whole" as const, paste, causes: {}, ticked: [] };
        expect(decodeShare(encodeDiagnosis(state))).toEqual({ ok: true, state });
      }),
    );
  });

  it("the search box hands a paste to the diagnose page whole, or not at all when no URL could hold it", () => {
    const paste = "x".repeat(MAX_SHARED_PASTE_CHARS + 10);
    const decoded = decodeShare(handoffFragment(paste)!);
    expect(decoded.ok && decoded.state.kind === "whole" && decoded.state.paste).toBe(paste);
    expect(handoffFragment("x".repeat(MAX_HANDOFF_CHARS + 1))).toBeNull();
  });

  it("ignores a fragment that is not a shared diagnosis", () => {
    expect(decodeShare("")).toEqual({ ok: false, error: null });
    expect(decodeShare("#cause-token-expired")).toEqual({ ok: false, error: null });
  });

  it("drops fields of the wrong type from a hand-made link", () => {
    expect(decodeShare(b64({ v: 1, p: "paste", c: { "0": 5, "1": "ok" }, t: ["a", 3] }))).toEqual({
      ok: true,
      state: { kind: "whole", paste: "paste", causes: { "1": "ok" }, ticked: ["a"] },
    });
  });
});

/** A log of `n` lines of about 60 characters; `at` puts given text on given lines. */
function log(n: number, at: Record<number, string>): string {
  return Array.from(
    { length: n },
    (_, i) => at[i + 1] ?? `2024-05-01 10:00:00,000 INFO [worker-${i % 7}] request ${i + 1} done in 120 ms`,
  ).join("\n");
}

const throttled = (i: number) =>
  `2024-05-01 10:${String(i % 60).padStart(2, "0")}:00,000 ERROR {"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached","request_id":"r${i}"}`;

function bigCase() {
  const errorLines = [100, 900, 1500, 2990];
  const at: Record<number, string> = { 50: "HTTP/1.1 502 Bad Gateway", 2000: "HTTP/1.1 502 Bad Gateway" };
  for (const n of errorLines) at[n] = throttled(n);
  const paste = log(3000, at);
  const apig = makeFinding({
    code: "APIG.0308",
    codeAsWritten: "APIG.0308",
    entrySlug: "APIG.0308",
    httpStatus: 429,
    count: 4,
    firstLine: 100,
    lastLine: 2990,
    time: "2024-05-01 10:40:00,000",
    lastTime: "2024-05-01 10:50:00,000",
    requestIds: errorLines.map((n) => `r${n}`),
    requestId: "r100",
    occurrences: occurrencesAt(
      errorLines,
      errorLines.map((n) => `2024-05-01 10:${String(n % 60).padStart(2, "0")}:00,000`),
      errorLines.map((n) => `r${n}`),
    ),
  });
  const bad = makeStatusOnly(502, ["APIGW.0610"], {
    count: 2,
    firstLine: 50,
    lastLine: 2000,
    occurrences: occurrencesAt([50, 2000]),
  });
  const result: ClassifyResult = { findings: [apig, bad], redactions: 3, lineCount: 3000 };
  const timeline = buildTimeline([{ key: "APIG.0308", label: "APIG.0308", times: apig.occurrences.map((o) => o.time) }]);
  return { paste, result, timeline, errorLines };
}

describe("share links: a paste too long to share whole (version 2)", () => {
  const { paste, result, timeline, errorLines } = bigCase();
  const state = sharedState({ redactedPaste: paste, result, timeline, causes: { "1": "x" }, ticked: ["0:a:1"] }) as SharedExcerpt;

  it("shares a paste up to the limit whole", () => {
    const small = sharedState({ redactedPaste: "short paste", result, timeline: null, causes: {}, ticked: [] });
    expect(small).toEqual({ kind: "whole", paste: "short paste", causes: {}, ticked: [] });
  });

  it("holds each finding's first occurrences and last with two lines of context, at their line numbers", () => {
    expect(paste.length).toBeGreaterThan(MAX_SHARED_PASTE_CHARS);
    expect(state.kind).toBe("excerpt");
    expect(state.blocks.map((b) => [b.from, b.from + b.lines.length - 1])).toEqual([
      [48, 52],
      [98, 102],
      [898, 902],
      [1498, 1502],
      [1998, 2002],
      [2988, 2992],
    ]);
    const lines = paste.split("\n");
    const at = excerptLineAt(state);
    for (const n of [48, 100, 1500, 2000, 2990, 2992]) expect(at(n)).toBe(lines[n - 1]);
    expect(at(1)).toBeNull();
    expect(at(103)).toBeNull();
  });

  it("keeps the counts, lines, times and request ids of the whole paste", () => {
    expect(state.lineCount).toBe(3000);
    expect(state.findings.map((s) => [s.finding.count, s.finding.firstLine, s.finding.lastLine, s.requestIdTotal, s.linesShared])).toEqual([
      [4, 100, 2990, 4, true],
      [2, 50, 2000, 0, true],
    ]);
    expect(state.findings[0]!.finding.requestIds).toEqual(errorLines.map((n) => `r${n}`));
    expect(state.findings[0]!.finding).toMatchObject({ time: "2024-05-01 10:40:00,000", lastTime: "2024-05-01 10:50:00,000" });
    expect(state.findings[1]!.finding.candidates).toEqual(["APIGW.0610"]);
    expect(state.timeline).toEqual(timeline);
    expect(state.redactions).toBe(3);
  });

  it("round-trips through the link exactly", () => {
    const fragment = encodeDiagnosis(state);
    expect(fragment.length).toBeLessThan(20_000);
    expect(decodeShare(fragment)).toEqual({ ok: true, state });
  });

  it("shows the shared lines with a marker for every run left out, and says what the link holds", () => {
    const text = excerptText(state).split("\n");
    expect(text[0]).toBe("⋯ lines 1–47 are not in this link ⋯");
    expect(text).toContain("⋯ lines 2,993–3,000 are not in this link ⋯");
    expect(text.filter((l) => l.startsWith("⋯"))).toHaveLength(7);
    expect(sharedLineCount(state)).toBe(30);
    expect(excerptNotice(state)[0]).toBe(
      "This link holds 30 of 3,000 lines: the error lines and their context. The counts and times below are from the whole paste.",
    );
  });
});

describe("share links: what does not fit is left out openly", () => {
  it("lists at most 20 request ids per finding, with the total", () => {
    const ids = Array.from({ length: 100 }, (_, i) => `request-${i}`);
    const f = makeFinding({ requestIds: ids, count: 100, firstLine: 10, lastLine: 900, occurrences: occurrencesAt([10, 900]) });
    const state = sharedState({
      redactedPaste: log(1000, {}),
      result: { findings: [f], redactions: 0, lineCount: 1000 },
      timeline: null,
      causes: {},
      ticked: [],
    }) as SharedExcerpt;
    expect(state.findings[0]!.finding.requestIds).toEqual(ids.slice(0, SHARED_REQUEST_IDS));
    expect(state.findings[0]!.requestIdTotal).toBe(100);
    expect(excerptNotice(state)).toContain("Request ids are listed up to 20 per error; the totals are from the whole paste.");
  });

  it("cuts very long lines with a marker and says so", () => {
    const long = "y".repeat(5000);
    const f = makeFinding({ firstLine: 500, lastLine: 500, occurrences: occurrencesAt([500]) });
    const state = sharedState({
      redactedPaste: log(1000, { 500: long }),
      result: { findings: [f], redactions: 0, lineCount: 1000 },
      timeline: null,
      causes: {},
      ticked: [],
    }) as SharedExcerpt;
    const line = excerptLineAt(state)(500)!;
    expect(line).toBe(`${"y".repeat(1000)} [… 4,000 more characters]`);
    expect(state.cutLines).toBe(1);
    expect(excerptNotice(state).join(" ")).toContain('1 line was longer than 1,000 characters and is cut, marked "[… more characters]".');
  });

  it("with too many errors for the budget, keeps the most frequent ones' lines and says which did not fit", () => {
    const n = 400;
    const at: Record<number, string> = {};
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const line = 10 + i * 10;
      at[line] = `ERROR {"error_code":"XYZ.${String(i).padStart(4, "0")}","error_msg":"${"m".repeat(150)}"}`;
      findings.push(
        makeFinding({
          code: `XYZ.${i}`,
          codeAsWritten: `XYZ.${i}`,
          entrySlug: null,
          known: false,
          count: n - i,
          firstLine: line,
          lastLine: line,
          occurrences: occurrencesAt([line]),
        }),
      );
    }
    const paste = log(10 + n * 10, at);
    const state = sharedState({
      redactedPaste: paste,
      result: { findings, redactions: 0, lineCount: 4010 },
      timeline: null,
      causes: {},
      ticked: [],
    }) as SharedExcerpt;
    const shared = state.findings.filter((s) => s.linesShared).length;
    expect(shared).toBeGreaterThan(10);
    expect(shared).toBeLessThan(n);
    expect(state.findings.slice(0, shared).every((s) => s.linesShared)).toBe(true);
    expect(state.findings).toHaveLength(n);
    expect(state.blocks.reduce((c, b) => c + b.lines.reduce((m, l) => m + l.length + 1, 0), 0)).toBeLessThanOrEqual(MAX_SHARED_PASTE_CHARS);
    expect(excerptNotice(state)[1]).toBe(
      `The lines of ${n - shared} of the ${n} errors did not fit in the link: their counts, lines and times are shown, but not their text.`,
    );
    expect(decodeShare(encodeDiagnosis(state))).toEqual({ ok: true, state });
  });
});

describe("share links: many findings", () => {
  it("keeps every finding but repeats less of each, so the link stays short enough to paste", () => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      makeFinding({
        code: `XYZ.${i}`,
        codeAsWritten: `XYZ.${i}`,
        entrySlug: null,
        message: `failure ${i} `.padEnd(3000, "m"),
        requestIds: Array.from({ length: 30 }, (_, k) => `request-${i}-${k}-0123456789abcdef`),
        firstLine: i + 1,
        lastLine: i + 1,
        occurrences: occurrencesAt([i + 1]),
      }),
    );
    const state = sharedState({
      redactedPaste: log(600, {}),
      result: { findings, redactions: 0, lineCount: 600 },
      timeline: null,
      causes: {},
      ticked: [],
    }) as SharedExcerpt;
    expect(state.findings).toHaveLength(500);
    expect(state.findings[0]!.finding.requestIds).toHaveLength(1);
    expect(state.findings[0]!.requestIdTotal).toBe(30);
    expect(state.findings[0]!.finding.message).toMatch(/^failure 0 m+ \[… 2,880 more characters\]$/);
    expect(encodeDiagnosis(state).length).toBeLessThan(300_000); // 500 findings: the page warns that chat tools may cut it
  });
});

describe("share links: damaged links", () => {
  const { paste, result, timeline } = bigCase();
  const good = JSON.parse(
    Buffer.from(
      encodeDiagnosis(sharedState({ redactedPaste: paste, result, timeline, causes: {}, ticked: [] })).slice(2),
      "base64url",
    ).toString("utf8"),
  );
  const edit = (change: (p: typeof good) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return b64(copy);
  };

  it("explains a damaged link instead of throwing", () => {
    const bad = [
      "#d=!!!",
      "#d=e30",
      `#d=${btoa('{"v":2,"p":"x"}')}`,
      `#d=${btoa("\xff\xfe")}`,
      b64({ v: 3, p: "from a newer version" }),
      b64([1, 2]),
      edit((p) => (p.n = 0)),
      edit((p) => (p.n = "3000")),
      edit((p) => (p.b[1][0] = 10)), // overlaps the block before it
      edit((p) => (p.b[5][0] = 2999)), // runs past the last line
      edit((p) => (p.b[0][1] = [])),
      edit((p) => (p.f[0].mb = "guess")),
      edit((p) => (p.f[0].s = 999)),
      edit((p) => (p.f[0].ll = 5)), // before the first line
      edit((p) => (p.f[0].n = -1)),
      edit((p) => (p.f[0].ri = "r100")),
      edit((p) => (p.f[0].rt = 1)), // fewer than listed
      edit((p) => (p.f[0].o[0][0] = 4000)),
      edit((p) => (p.f[0].o[0] = [100])),
      edit((p) => (p.f[0].va = { region: 5 })),
      edit((p) => delete p.f[0].mb),
      edit((p) => (p.tl.series[0].counts = [1])),
      edit((p) => (p.tl.clock = "local")),
      edit((p) => (p.f = "none")),
    ];
    for (const fragment of bad) {
      expect(decodeShare(fragment), fragment.slice(0, 60)).toEqual({ ok: false, error: "damaged" });
    }
  });

  it("opens a link that was cut short as damaged, never as a partial diagnosis", () => {
    const fragment = encodeDiagnosis(sharedState({ redactedPaste: paste, result, timeline, causes: {}, ticked: [] }));
    for (const keep of [0.3, 0.6, 0.9, 0.99]) {
      expect(decodeShare(fragment.slice(0, Math.floor(fragment.length * keep))).ok).toBe(false);
    }
  });
});
