import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { createClassifier, redact } from "@/lib/classify";
import { toDiagnoseEntry } from "@/lib/diagnose/entry-view";
import { escalationPacket, PACKET_PASTE_CHARS } from "@/lib/diagnose/packet";
import { toApiFinding } from "@/lib/diagnose/api-finding";
import { MAX_PASTE_CHARS } from "@/lib/diagnose/limits";
import { MAX_INPUT_CHARS } from "@/lib/classify";

const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const classify = createClassifier(entries);
const bySlug = (slug: string) => entries.find((e) => e.slug === slug);

const PASTE = `HTTP/1.1 401 Unauthorized
Date: Tue, 24 Aug 2021 02:55:49 GMT
X-Request-Id: 5a63903e690bcd18d9ddf5c2ca75e827
X-Auth-Token: MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
POST https://ocr.cn-north-4.myhuaweicloud.com/v2/xxx/ocr/general-text

{"error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2021-08-20T08:00:00Z","error_code":"APIG.0301"}`;

describe("escalation packet", () => {
  const finding = classify(PASTE).findings[0];
  const entry = toDiagnoseEntry(bySlug("APIG.0301")!);
  const packet = escalationPacket({
    finding,
    entry,
    causeId: finding.causeId,
    tickedSteps: [1],
    redactedPaste: redact(PASTE).text,
    pageUrl: "http://desk/codes/APIG.0301",
  });

  it("holds the code, message, status, request id, time, region, cause and the steps already done", () => {
    expect(packet).toContain("Code: APIG.0301");
    expect(packet).toContain("Message: Incorrect IAM authentication information: token expires");
    expect(packet).toContain("HTTP status: 401");
    expect(packet).toContain("Request id: 5a63903e690bcd18d9ddf5c2ca75e827");
    expect(packet).toContain("Time: Tue, 24 Aug 2021 02:55:49 GMT");
    expect(packet).toContain("Region: cn-north-4");
    expect(packet).toContain("Likely cause: The token has expired");
    const cause = entry.causes.find((c) => c.id === "token-expired")!;
    expect(packet).toContain(`[x] 2. ${cause.steps[1].action}`);
    expect(packet).not.toContain(`[x] 1.`);
    expect(packet).toContain("Reference: http://desk/codes/APIG.0301");
  });

  it("never carries the token", () => {
    expect(packet).not.toContain("MIIDkg");
    expect(packet).toContain("Response (secrets masked):");
  });

  it("cuts a very long paste", () => {
    const long = escalationPacket({ finding, entry, causeId: null, tickedSteps: [], redactedPaste: "y".repeat(PACKET_PASTE_CHARS * 2), pageUrl: null });
    expect(long).toContain("[... cut]");
    expect(long.length).toBeLessThan(PACKET_PASTE_CHARS + 1000);
  });

  it("says when a code is not in the catalogue", () => {
    const vpc = classify('{"error_code":"VPC.0301","error_msg":"Quota exceeded"}').findings[0];
    const text = escalationPacket({ finding: vpc, entry: null, causeId: null, tickedSteps: [], redactedPaste: "", pageUrl: null });
    expect(text).toContain("Code: VPC.0301 (not in the OCR catalogue)");
  });
});

describe("API finding shape", () => {
  it("has the fields the API promises", () => {
    const [finding] = classify(PASTE).findings;
    const api = toApiFinding(finding, bySlug, "/ocr-errors");
    expect(api).toMatchObject({
      code: "APIG.0301",
      entry: { code: "APIG.0301", slug: "APIG.0301", url: "/ocr-errors/codes/APIG.0301" },
      cause: "token-expired",
      httpStatus: 401,
      requestId: "5a63903e690bcd18d9ddf5c2ca75e827",
      matchedBy: "code",
      count: 1,
    });
    expect(api.confidence).toBeGreaterThan(0.5);
    expect(api.confidence).toBeLessThanOrEqual(1);
  });

  it("gives a null entry for a code outside the catalogue", () => {
    const [finding] = classify('{"code":"DNS.0013","message":"You do not have the permission"}').findings;
    expect(toApiFinding(finding, bySlug)).toMatchObject({ code: "DNS.0013", entry: null, known: false });
  });
});

describe("limits", () => {
  it("the page reads as much as the classifier does", () => {
    expect(MAX_PASTE_CHARS).toBe(MAX_INPUT_CHARS);
  });
});
