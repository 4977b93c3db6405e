import { describe, expect, it } from "vitest";
import { catalogue, classify, countedFinding, fixture, type RealPaste } from "./helpers";

const { items } = fixture<{ items: RealPaste[] }>("real-pastes.json");

/**
 * The cause a reader takes from the original pastes' messages (items added
 * later carry their own `cause`).
 */
const CAUSES: Record<string, string> = {
  "gh-hwsdknode-2": "aksk-signature-wrong",
  "gh-ddns-newfuture-136": "ak-not-exist",
  "doc-hw-ocr-faq-zh-0301": "token-expired",
  "gh-tfhw-1335": "user-quota",
};

function requestIdIn(paste: RealPaste): string | null {
  return paste.request_id ?? /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/.exec(paste.text)?.[0] ?? null;
}

describe("real pastes", () => {
  it.each(items.map((p) => [p.id, p] as const))("%s", (_id, paste) => {
    const { findings } = classify(paste.text);
    if (paste.code === null && paste.http_status === null) {
      // Nothing to report (a connection failure, say): nothing may be made up either.
      expect(findings.filter((f) => f.code !== null || f.entrySlug !== null)).toEqual([]);
      return;
    }
    expect(findings.length).toBeGreaterThan(0);
    const f = findings[0]!;

    // Code as a reader takes it, and the catalogue entry when it is one of ours.
    expect(f.code).toBe(paste.code);
    const inCatalogue = paste.code !== null && catalogue().some((e) => e.code === paste.code);
    if (paste.code !== null) {
      expect(f.known).toBe(inCatalogue);
      expect(f.entrySlug).toBe(inCatalogue ? paste.code : null);
    }

    // The status, when the paste shows it; never one made up as "seen in the paste".
    if (paste.http_status !== null && paste.text.includes(String(paste.http_status))) {
      expect(f.httpStatus).toBe(paste.http_status);
      expect(f.httpStatusSource).toBe("paste");
    } else if (paste.http_status === null) {
      expect(f.httpStatusSource).not.toBe("paste");
    }

    const requestId = requestIdIn(paste);
    if (requestId) expect(f.requestId).toBe(requestId);

    const cause = paste.cause ?? CAUSES[paste.id];
    if (cause) expect(f.causeId).toBe(cause);

    // A status no catalogue entry returns (a WAF's 418) is reported with nothing to be sure of.
    if (f.matchedBy !== "status" || f.candidates.length > 0) expect(f.confidence).toBeGreaterThan(0);
    else expect(f.entrySlug).toBeNull();
  });

  it("counts the body the DDNS paste logs twice (one call, one request id) once", () => {
    const paste = items.find((p) => p.id === "gh-ddns-newfuture-136")!;
    const { findings } = classify(paste.text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ count: 1, firstLine: 1, lastLine: 1, requestIds: ["c619857aa68f5ca8fdc888f34a50e3f2"] });
  });

  const logs = items.filter((p) => p.findings);
  it("include logs with several occurrences", () => {
    expect(logs.length).toBeGreaterThanOrEqual(4);
  });

  it.each(logs.map((p) => [p.id, p] as const))("%s: every count, line, time and request id", (_id, paste) => {
    const { findings } = classify(paste.text);
    const seen = findings.map(countedFinding);
    expect(seen).toEqual(paste.findings);
  });

  it("reads the region and endpoint of the Terraform paste", () => {
    const paste = items.find((p) => p.id === "gh-tfhw-1335")!;
    expect(classify(paste.text).findings[0]!.values).toMatchObject({
      region: "cn-north-4",
      endpoint: "vpc.cn-north-4.myhuaweicloud.com",
      limit: "200",
      window: "5 minute",
    });
  });
});
