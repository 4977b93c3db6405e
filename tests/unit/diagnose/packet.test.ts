import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { redact } from "@/lib/classify";
import { toDiagnoseEntry, type DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { splitLines } from "@/lib/diagnose/excerpt";
import { escalationPacket, type PacketInput } from "@/lib/diagnose/packet";
import type { Finding } from "@/lib/classify/types";
import { makeFinding, makeStatusOnly, occurrencesAt } from "./make-finding";

const catalogue = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const entries: Record<string, DiagnoseEntry> = Object.fromEntries(catalogue.map((e) => [e.slug, toDiagnoseEntry(e)]));
const APIG0301 = entries["APIG.0301"]!;

/** A log of `n` lines; the lines in `errors` hold an APIG.0301 body, one holds a token. */
function log(n: number, errors: number[]): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    if (errors.includes(i))
      lines.push(
        `2024-05-01 10:${String(i % 60).padStart(2, "0")}:00 ERROR {"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2024-04-30T08:00:00Z","request_id":"req-${i}"}`,
      );
    else if (i === errors[0]! - 1)
      lines.push("X-Auth-Token: MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
    else lines.push(`2024-05-01 10:00:00 INFO line ${i} ok`);
  }
  return lines.join("\n");
}

function packet(finding: Finding, more: Partial<PacketInput> = {}, paste = ""): string {
  const lines = splitLines(redact(paste).text);
  return escalationPacket({
    finding,
    entries,
    readerCause: null,
    tickedSteps: [],
    lineAt: (n) => lines[n - 1] ?? null,
    lineCount: lines.length,
    pageUrl: (slug) => `http://desk/codes/${slug}`,
    ...more,
  });
}

const tokenExpired = makeFinding({
  causeId: "token-expired",
  causeEvidence: "token expires, expires_at: 2021-08-20T08:00:00Z",
  message: "Incorrect IAM authentication information: token expires, expires_at: 2021-08-20T08:00:00Z",
  requestIds: ["5a63903e690bcd18d9ddf5c2ca75e827"],
  requestId: "5a63903e690bcd18d9ddf5c2ca75e827",
  time: "Tue, 24 Aug 2021 02:55:49 GMT",
  values: { region: "cn-north-4", endpoint: "ocr.cn-north-4.myhuaweicloud.com" },
});

describe("escalation packet: the finding", () => {
  it("holds the code, message, status, request id, time, region and endpoint", () => {
    const text = packet(tokenExpired);
    expect(text).toContain("Code: APIG.0301");
    expect(text).toContain("Catalogue entry: APIG.0301 (API Gateway (APIG.*))");
    expect(text).toContain("Message: Incorrect IAM authentication information: token expires");
    expect(text).toContain("HTTP status: 401");
    expect(text).toContain("Request id: 5a63903e690bcd18d9ddf5c2ca75e827");
    expect(text).toContain("Time: Tue, 24 Aug 2021 02:55:49 GMT");
    expect(text).toContain("Region: cn-north-4");
    expect(text).toContain("Endpoint: ocr.cn-north-4.myhuaweicloud.com");
    expect(text).toContain("Reference: http://desk/codes/APIG.0301");
  });

  it("says how often and where a repeated error was seen, with its last time", () => {
    const f = makeFinding({ count: 12, firstLine: 3, lastLine: 480, time: "2024-05-01 10:00:03", lastTime: "2024-05-01 10:14:00" });
    const text = packet(f);
    expect(text).toContain("Seen 12 times in the paste: first at line 3, last starting at line 480");
    expect(text).toContain("Time: 2024-05-01 10:00:03 (last: 2024-05-01 10:14:00)");
  });

  it("lists up to 20 request ids and counts the rest, also those a shared link left out", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `id-${i + 1}`);
    expect(packet(makeFinding({ requestIds: ids }))).toContain(`Request ids (25): ${ids.slice(0, 20).join(", ")}, and 5 more`);
    expect(packet(makeFinding({ requestIds: ids.slice(0, 20) }), { requestIdTotal: 40 })).toContain("Request ids (40): id-1,");
    expect(packet(makeFinding({ requestIds: ids.slice(0, 20) }), { requestIdTotal: 40 })).toContain("and 20 more");
  });

  it("says when a code is not in the catalogue", () => {
    const vpc = makeFinding({ code: "VPC.0301", codeAsWritten: "VPC.0301", family: "VPC", known: false, entrySlug: null, layer: null });
    expect(packet(vpc)).toContain("Code: VPC.0301 (not in the OCR catalogue)");
  });
});

describe("escalation packet: causes only on evidence", () => {
  it("gives the cause with the text of the paste that decided it, and the steps done", () => {
    const text = packet(tokenExpired, { tickedSteps: [1] });
    expect(text).toContain('Cause (from the paste: "token expires, expires_at: 2021-08-20T08:00:00Z"): The token has expired');
    const cause = APIG0301.causes.find((c) => c.id === "token-expired")!;
    expect(text).toContain(`[x] 2. ${cause.steps[1]!.action}`);
    expect(text).not.toContain("[x] 1.");
    expect(text).not.toMatch(/likely cause/i);
  });

  it("without evidence, says the cause is not determined and how to tell each cause apart", () => {
    const text = packet(makeFinding());
    expect(text).toContain("Cause: not determined from the paste. How to tell the causes apart:");
    for (const c of APIG0301.causes) expect(text).toContain(`  - ${c.title}: ${c.tell}`);
    expect(text).not.toContain("Steps already done");
    expect(text).not.toMatch(/likely cause/i);
  });

  it("never states a cause of a many-cause entry that has no evidence, even when the finding names one", () => {
    const text = packet(makeFinding({ causeId: "token-expired", causeEvidence: null }));
    expect(text).toContain("Cause: not determined from the paste.");
    expect(text).not.toContain("Cause (");
  });

  it("marks a cause the reader chose as the reader's, with what the paste points to", () => {
    const chosen = packet(makeFinding(), { readerCause: "aksk-locked", tickedSteps: [0] });
    expect(chosen).toContain("Cause (chosen by the reader, not shown by the paste): The AK/SK is locked after repeated failures");
    expect(chosen).toContain("[x] 1. ");
    const over = packet(tokenExpired, { readerCause: "aksk-locked" });
    expect(over).toContain("Cause (chosen by the reader, not shown by the paste): The AK/SK is locked");
    expect(over).toContain("The paste itself points to: The token has expired");
  });

  it("states the only cause of a one-cause entry as such", () => {
    const entry = entries["ModelArts.4301"]!;
    expect(entry.causes).toHaveLength(1);
    const f = makeFinding({
      code: "ModelArts.4301",
      codeAsWritten: "ModelArts.4301",
      entrySlug: "ModelArts.4301",
      layer: "modelarts",
      causeId: entry.causes[0]!.id,
    });
    expect(packet(f)).toContain(`Cause (the only documented cause of ModelArts.4301): ${entry.causes[0]!.title}`);
  });
});

describe("escalation packet: a status with no code", () => {
  const candidates = catalogue.filter((e) => e.statuses.includes(502)).map((e) => e.slug);
  const statusOnly = makeStatusOnly(502, candidates);

  it("says the response carried no code and lists what the status can mean, not an entry", () => {
    expect(candidates.length).toBeGreaterThan(0);
    const text = packet(statusOnly);
    expect(text).toContain("Code: none (the response carried no error code)");
    expect(text).not.toContain("Catalogue entry:");
    expect(text).toContain("HTTP 502 can mean:");
    for (const slug of candidates) expect(text).toContain(`(http://desk/codes/${slug})`);
    expect(text).toContain("What to put in a ticket:");
    expect(text).not.toContain("Cause");
  });
});

describe("escalation packet: the finding's own lines and the ticket checklist", () => {
  const paste = log(500, [200, 300, 400, 450, 499]);
  const f = makeFinding({
    ...tokenExpired,
    count: 5,
    firstLine: 200,
    lastLine: 499,
    occurrences: occurrencesAt([200, 300, 400, 450, 499]),
  });
  const text = packet(f, {}, paste);

  it("quotes the first three occurrences and the last with two lines around each, numbered, not the start of the paste", () => {
    for (const n of [198, 199, 200, 201, 202, 298, 302, 398, 402, 497, 499, 500]) expect(text).toMatch(new RegExp(`^${n} \\| `, "m"));
    expect(text).not.toMatch(/^450 \| /m);
    expect(text).not.toMatch(/^\s*1 \| /m);
    expect(text).toContain("⋮");
    expect(text).toContain('"request_id":"req-300"');
  });

  it("masks secrets in the quoted lines", () => {
    expect(paste).toContain("MIIDkg");
    expect(text).not.toContain("MIIDkg");
    expect(text).toMatch(/^199 \| X-Auth-Token: \*+/m);
  });

  it("marks which checklist items the paste already gives", () => {
    expect(text).toContain("What to put in a ticket (from the APIG.0301 page):");
    expect(text).toContain(
      "  - The X-Request-Id or request_id of a failing call\n      in the paste: request id = 5a63903e690bcd18d9ddf5c2ca75e827",
    );
    expect(text).toContain(
      "  - Whether the client uses a token or AK/SK, and the region of the endpoint\n      in the paste: region = cn-north-4",
    );
    const bare = packet(makeFinding({ message: null }));
    expect(bare).toContain("  - The full error_msg, including the part after the colon\n      missing from the paste: error message");
    expect(bare).toContain("  - The X-Request-Id or request_id of a failing call\n      missing from the paste: request id");
  });

  it("says which items the reader must add", () => {
    const text = packet(makeFinding({ code: "AIS.0103", codeAsWritten: "AIS.0103", entrySlug: "AIS.0103", layer: "ocr" }));
    const own = entries["AIS.0103"]!.escalate.find(
      (item) => !/x-request-id|utc|region|endpoint|error_msg|error_code|status|\btime/i.test(item),
    );
    expect(own, "AIS.0103 has an item the paste cannot answer").toBeDefined();
    expect(text).toContain(`  - ${own}\n      (add this yourself)`);
  });
});
