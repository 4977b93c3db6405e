/**
 * Contract with Huawei's official Node.js SDK: every catalogue entry's
 * documented error, sent by a fake OCR endpoint to the real SDK client, is
 * classified right from every form a developer copies. Each form must give
 * back exactly one finding, with the code, status and request id the form
 * shows, and nothing it does not show.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../lib/classify";
import { catalogue, classify } from "../unit/classify/helpers";
import { catalogueCases, unreadableBodyCases, type ContractCase } from "./cases";
import { startFakeEndpoint, type FakeEndpoint } from "./fake-endpoint";
import { FORMS, printFailures, type FormName, type SdkRun } from "./sdk-forms";

const cases: ContractCase[] = [...catalogueCases(catalogue()), ...unreadableBodyCases()];

let endpoint: FakeEndpoint;
let run: SdkRun;

beforeAll(async () => {
  endpoint = await startFakeEndpoint(new Map(cases.map((c) => [c.id, c.response])));
  run = await printFailures(
    endpoint.url,
    cases.map((c) => c.id),
  );
}, 120_000);

afterAll(async () => {
  await endpoint?.close();
  if (run) fs.rmSync(run.home, { recursive: true, force: true });
});

/** What a form shows of a case: the SDK reads the body only when it holds error_code/error_msg (or error.code/message). */
function visible(form: FormName, c: ContractCase) {
  const body = form === "sdk-log" || form === "transcript";
  const object = form === "inspect" || form === "json" || form === "console-error";
  const sdkRead = c.expected.messageInException;
  return {
    code: c.expected.code !== null && (body || (object && sdkRead)),
    status: body || object || !sdkRead,
    requestId: c.expected.requestId !== null && (body || (object && "x-request-id" in c.response.headers)),
    message: body || sdkRead,
  };
}

function only(text: string): Finding {
  const { findings } = classify(text);
  expect(findings, `one finding expected in:\n${text.slice(0, 600)}`).toHaveLength(1);
  return findings[0]!;
}

describe("the real SDK against the fake endpoint", () => {
  it("covers every catalogue entry", () => {
    const covered = new Set(cases.map((c) => c.expected.entry));
    expect(
      catalogue()
        .filter((e) => !covered.has(e.slug))
        .map((e) => e.slug),
    ).toEqual([]);
  });

  it("signs every request with the dummy AK/SK, as a real client does", () => {
    expect(endpoint.received).toHaveLength(cases.length);
    for (const r of endpoint.received) {
      expect(r.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=AKDUMMYDUMMYDUMMY000, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/);
      expect(r.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    }
  });

  it("raises the SDK's own exceptions, and logs every failed call", () => {
    for (const c of cases) {
      expect(run.exceptionNames.get(c.id)).toBe(c.expected.status < 500 ? "ClientRequestException" : "ServerResponseException");
      expect(run.forms.get(c.id)!["sdk-log"]).toContain("Some error found");
    }
  });
});

describe.each(FORMS)("printed as %s", (form) => {
  it.each(cases.map((c) => [c.label, c] as const))("%s", (_label, c) => {
    const text = run.forms.get(c.id)![form];
    const shows = visible(form, c);
    const f = only(text);
    const { expected } = c;

    if (shows.code) {
      expect(f.code).toBe(expected.code);
      expect(f.entrySlug).toBe(expected.entry);
      if (!expected.entry) expect(f).toMatchObject({ known: false, family: "OBS" });
    } else if (shows.message && expected.entry) {
      expect(f.code).toBeNull();
      expect([f.entrySlug, ...f.candidates]).toContain(expected.entry);
    } else {
      // Only the status: no entry is claimed, the entries it can mean are listed.
      expect(f).toMatchObject({ code: null, entrySlug: null, matchedBy: "status", causeId: null });
      expect(f.candidates).toEqual(expect.arrayContaining(expected.candidates));
    }

    if (shows.status) expect(f).toMatchObject({ httpStatus: expected.status, httpStatusSource: "paste" });
    else expect(f.httpStatusSource).not.toBe("paste");

    if (shows.requestId) expect(f.requestIds).toEqual([expected.requestId]);
    else expect(f.requestIds).toEqual([]);
    expect(f.requestId).toBe(f.requestIds[0] ?? null);

    if (expected.cause && f.entrySlug === expected.entry && shows.message) expect(f.causeId).toBe(expected.cause);
    if (f.causeId) expect(f.causeEvidence).toBeTruthy();
    else expect(f.causeEvidence).toBeNull();

    expect(f.count).toBe(1);
    if (form === "sdk-log" || form === "transcript") expect(f.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
  });
});
