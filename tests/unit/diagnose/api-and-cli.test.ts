import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { createClassifier } from "@/lib/classify";
import { loadClassifierData } from "@/lib/catalogue/content";
import type { ClassifyResult } from "@/lib/classify/types";
import { toApiFinding, toApiResult } from "@/lib/diagnose/api-finding";
import { MAX_PASTE_CHARS } from "@/lib/diagnose/limits";
import { MAX_INPUT_CHARS } from "@/lib/classify";
import { textReport } from "@/lib/diagnose/text-report";
import { makeFinding, makeStatusOnly, occurrencesAt } from "./make-finding";

const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const bySlug = (slug: string) => entries.find((e) => e.slug === slug);
const noCode = entries.find((e) => e.code === null)!;

const repeated = makeFinding({
  causeId: "aksk-signature-wrong",
  causeEvidence: "verify aksk signature fail",
  message: "Incorrect IAM authentication information: verify aksk signature fail",
  count: 3,
  firstLine: 4,
  lastLine: 40,
  time: "2024-05-01 10:00:03,123",
  lastTime: "2024-05-01 10:09:00,001",
  requestIds: ["req-a", "req-b", "req-c"],
  requestId: "req-a",
  occurrences: occurrencesAt([4, 20, 40]),
  values: { region: "cn-north-4" },
});

const statusOnly = makeStatusOnly(502, ["APIGW.0610", noCode.slug]);

describe("API finding shape", () => {
  it("has the fields the API promises, new and old", () => {
    const api = toApiFinding(repeated, bySlug, "/ocr-errors");
    expect(api).toMatchObject({
      code: "APIG.0301",
      entry: { code: "APIG.0301", slug: "APIG.0301", url: "/ocr-errors/codes/APIG.0301" },
      cause: "aksk-signature-wrong",
      causeTitle: "The AK/SK signature does not match",
      causeEvidence: "verify aksk signature fail",
      httpStatus: 401,
      requestId: "req-a",
      requestIds: ["req-a", "req-b", "req-c"],
      matchedBy: "code",
      count: 3,
      firstLine: 4,
      lastLine: 40,
      time: "2024-05-01 10:00:03,123",
      lastTime: "2024-05-01 10:09:00,001",
      candidates: [],
      values: { region: "cn-north-4" },
    });
    expect(api).not.toHaveProperty("occurrences");
  });

  it("gives candidates as entry codes, and the slug for the entry without a code", () => {
    const api = toApiFinding(statusOnly, bySlug);
    expect(api).toMatchObject({ entry: null, cause: null, causeEvidence: null, candidates: ["APIGW.0610", noCode.slug] });
  });

  it("gives a null entry for a code outside the catalogue", () => {
    const vpc = makeFinding({ code: "DNS.0013", codeAsWritten: "DNS.0013", family: "DNS", known: false, entrySlug: null, layer: null });
    expect(toApiFinding(vpc, bySlug)).toMatchObject({ code: "DNS.0013", entry: null, known: false });
  });
});

describe("command line", () => {
  const run = (args: string[], input: string) =>
    execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/classify.ts", ...args], {
      input,
      encoding: "utf8",
    });

  it("--json prints exactly what the API answers", () => {
    const paste =
      'WARNING:root:/v2/zones : error[401]: {"error_msg":"Incorrect IAM authentication information: Get secretKey failed,ak:xxxxxxxxxxx,err:ak not exist","error_code":"APIGW.0301","request_id":"c619857aa68f5ca8fdc888f34a50e3f2"}\n{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}';
    const printed = JSON.parse(run(["--json"], paste));
    expect(printed).toEqual(JSON.parse(JSON.stringify(toApiResult(createClassifier(loadClassifierData(entries))(paste), bySlug))));
    expect(printed.findings.length).toBeGreaterThan(0);
  }, 30_000);

  it("the text report says count, lines, times, request ids and the evidence for the cause", () => {
    const result: ClassifyResult = { findings: [repeated], redactions: 0, lineCount: 40 };
    const text = textReport(result, bySlug);
    expect(text).toContain("   Seen:         3 times: first at line 4, last starting at line 40");
    expect(text).toContain("   Time:         first 2024-05-01 10:00:03,123, last 2024-05-01 10:09:00,001");
    expect(text).toContain("   Request ids:  (3) req-a, req-b, req-c");
    expect(text).toContain(
      '   Cause:        The AK/SK signature does not match\n                 The paste says: "verify aksk signature fail"',
    );
  });

  it("says the cause is not determined, with how to tell, when the paste does not show it", () => {
    const text = textReport({ findings: [makeFinding()], redactions: 0, lineCount: 1 }, bySlug);
    expect(text).toContain("   Cause:        not determined from the paste. How to tell the causes apart:");
    for (const c of bySlug("APIG.0301")!.causes) expect(text).toContain(`     - ${c.title}\n       ${c.tell}`);
    expect(text).not.toContain("First steps:");
  });

  it("lists the candidates of a status with no code, not an entry", () => {
    const text = textReport({ findings: [statusOnly], redactions: 0, lineCount: 1 }, bySlug);
    expect(text).toContain("1. HTTP 502, no error code: the response carried only a status");
    expect(text).toContain("   HTTP 502 can mean:\n     - APIGW.0610: ");
    expect(text).toContain(`     - ${noCode.message}: `);
    expect(text).not.toContain("More:");
  });

  it("folds long request id lists and points to --json", () => {
    const ids = Array.from({ length: 14 }, (_, i) => `id${i}`);
    const text = textReport({ findings: [makeFinding({ requestIds: ids })], redactions: 0, lineCount: 1 }, bySlug);
    expect(text).toContain(`(14) ${ids.slice(0, 10).join(", ")}, and 4 more (--json lists them all)`);
  });
});

describe("limits", () => {
  it("the page reads as much as the classifier does", () => {
    expect(MAX_PASTE_CHARS).toBe(MAX_INPUT_CHARS);
  });
});
