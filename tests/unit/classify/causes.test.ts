import { describe, expect, it } from "vitest";
import { catalogue, first } from "./helpers";

const body = (code: string, msg: string) => JSON.stringify({ error_code: code, error_msg: msg });

describe("causes of APIG.0301 / APIGW.0301", () => {
  it.each([
    ["Incorrect IAM authentication information: decrypt token fail", "token-undecryptable"],
    ["Incorrect IAM authentication information: x-auth-token not found", "token-missing"],
    ["Incorrect IAM authentication information: token expires, expires_at: 2024-05-01T08:12:45.123000Z", "token-expired"],
    [
      "Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:POST|/v2/x/ocr/general-text/||host:ocr.cn-north-4.myhuaweicloud.com",
      "aksk-signature-wrong",
    ],
    ["Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.", "aksk-locked"],
    ["Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist", "ak-not-exist"],
  ])("APIG.0301 %j -> %s", (msg, cause) => {
    expect(first(body("APIG.0301", msg)).causeId).toBe(cause);
  });

  it("gives every APIGW.0301 runtime form the cause its entry links", () => {
    const entry = catalogue().find((e) => e.slug === "APIGW.0301")!;
    for (const v of entry.variants.filter((x) => x.cause)) {
      const text = v.text.replace("xxx", "2024-05-01T08:12:45Z");
      expect(first(body("APIGW.0301", text)).causeId, v.text).toBe(v.cause);
    }
  });

  it("leaves the cause open for the bare message", () => {
    expect(first(body("APIG.0301", "Incorrect IAM authentication information.")).causeId).toBeNull();
  });
});

describe("causes in general", () => {
  it("gives an entry with one cause that cause", () => {
    const single = catalogue().find((e) => e.causes.length === 1 && e.code);
    if (!single) return;
    expect(first(single.code!).causeId).toBe(single.causes[0]!.id);
  });

  it("reads signals case-insensitively", () => {
    expect(first(body("APIG.0301", "INCORRECT IAM AUTHENTICATION INFORMATION: DECRYPT TOKEN FAIL")).causeId).toBe("token-undecryptable");
  });

  it("follows a message's cause link for every entry with several causes", () => {
    for (const entry of catalogue()) {
      if (entry.causes.length < 2 || !entry.code) continue;
      for (const m of [...entry.messages, ...entry.variants]) {
        if (!m.cause || /\{|XX|xxx|\*\*\*/.test(m.text)) continue;
        expect(first(body(entry.code, m.text)).causeId, `${entry.slug}: ${m.text}`).toBe(m.cause);
      }
    }
  });
});

describe("causes only on evidence", () => {
  it("reads a signal with a value between its words (an AK between 'ak' and 'not exist')", () => {
    const f = first(body("APIGW.0301", "Incorrect IAM authentication information: ak AKDUMMYDUMMYDUMMY00X not exist"));
    expect(f.causeId).toBe("ak-not-exist");
    expect(f.causeEvidence).toMatch(/^ak .+ not exist$/);
  });

  it("reads a window other than the documented one ('time:5 minute')", () => {
    const f = first(body("APIGW.0308", "The throttling threshold has been reached: policy ip over ratelimit,limit:200,time:5 minute"));
    expect(f.causeId).toBe("user-quota");
    expect(f.causeEvidence).toBeTruthy();
  });

  it("gives as evidence the part of the message that matched, as written", () => {
    const f = first(body("APIG.0301", "Incorrect IAM authentication information: Verify AKSK Signature Fail, canonicalRequest:POST|/v2/x"));
    expect(f).toMatchObject({ causeId: "aksk-signature-wrong", causeEvidence: "Verify AKSK Signature Fail" });
  });

  it("names no cause and no evidence when nothing in the paste points to one", () => {
    for (const entry of catalogue()) {
      if (entry.causes.length < 2 || !entry.code) continue;
      const f = first(entry.code);
      expect(f.causeId, entry.code).toBeNull();
      expect(f.causeEvidence, entry.code).toBeNull();
    }
  });

  it("gives the code as evidence for an entry's only cause", () => {
    const single = catalogue().find((e) => e.causes.length === 1 && e.code)!;
    expect(first(single.code!)).toMatchObject({ causeId: single.causes[0]!.id, causeEvidence: single.code });
  });

  it("does not take a signal that is only part of a word", () => {
    // "forbidden" is a signal of aksk-locked; "forbiddenness" is not that word.
    expect(first(body("APIG.0301", "Incorrect IAM authentication information: forbiddenness")).causeId).toBeNull();
  });
});

describe("the evidence for a documented form", () => {
  it("is the opening the message shares with the documented form, not what follows it", () => {
    const entry = catalogue().find(
      (e) => e.variants.some((v) => v.cause && !/\{|XX|xxx|\*\*\*/.test(v.text)) && e.causes.length > 1 && e.code,
    )!;
    const variant = entry.variants.find((v) => v.cause && !/\{|XX|xxx|\*\*\*/.test(v.text))!;
    const documented = variant.text.replace(/\.$/, "");
    const f = first(body(entry.code!, `${documented}; details: ${"x".repeat(500)}`));
    if (f.causeId === variant.cause && f.causeEvidence !== null && !f.causeEvidence.startsWith(documented)) {
      // A signal decided it: then the evidence is the signal's text, which is short too.
      expect(f.causeEvidence.length).toBeLessThan(100);
    } else {
      expect(f.causeEvidence?.startsWith(documented)).toBe(true);
    }
    expect(f.causeEvidence!.length).toBeLessThan(documented.length + 20);
  });
});
