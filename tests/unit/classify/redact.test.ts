import { describe, expect, it } from "vitest";
import { redact } from "../../../lib/classify";
import { classify } from "./helpers";

const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG9w0BBwGgghoUBIIXkHsidG9rZW4iOnsiZXhwaXJlc19hdCI6IjIwMjQtMDUt";
const AK = "HPUAQ7ZK5J3XGN2R8W1M";
const SK = "Zq3V8xL2mN7pR4tY6wB9cD1fG5hJ0kS2uE8iO3aQ";
const RID = "c5ca339d30ad0e1a5334b5c0ccbe8507";

describe("redact", () => {
  it.each([
    [`X-Auth-Token: ${TOKEN}`, TOKEN],
    [`> x-subject-token: ${TOKEN}`, TOKEN],
    [`X-Security-Token: gQpjbi1ub3J0aC00ifuZ7bJcRqL2mK`, "gQpjbi1ub3J0aC00ifuZ7bJcRqL2mK"],
    [`{"token": "${TOKEN}"}`, TOKEN],
    [`headers: { 'X-Auth-Token': '${TOKEN}' }`, TOKEN],
    [`Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefgh`, "eyJhbGciOiJIUzI1NiJ9"],
    [`Authorization: SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-sdk-date, Signature=9e0f4a6c3b7d2e1f8a5c0b9d4e7f2a1c6b3d8e5f0a7c2b9d4e1f6a3c8b5d0e7f`, "9e0f4a6c3b7d"],
    [`ak: ${AK}`, AK],
    [`"access_key_id": "${AK}"`, AK],
    [`sk=${SK}`, SK],
    [`HUAWEICLOUD_SDK_SK=${SK}`, SK],
    [`{"secret_access_key": "${SK}"}`, SK],
    [`https://bucket.obs.cn-north-4.myhuaweicloud.com/a.jpg?AccessKeyId=${AK}&Expires=1714550400&Signature=Zk3m%2Bq9wP0xYl7aBcDe8fGh%3D`, "Zk3m%2Bq9wP0xYl7aBcDe8fGh"],
    [`{"security_token": "gQpjbi1ub3J0aC00ifuZ7bJcRqL2mKx8Yw"}`, "gQpjbi1ub3J0aC00ifuZ7bJcRqL2mKx8Yw"],
    [`securitytoken=gQpjbi1ub3J0aC00ifuZ7bJcRqL2mKx8Yw`, "gQpjbi1ub3J0aC00ifuZ7bJcRqL2mKx8Yw"],
    [`{"auth":{"identity":{"password":{"user":{"name":"ops","password":"hunter2"}}}}}`, "hunter2"],
    [`blob ${TOKEN}${"A".repeat(40)} end`, TOKEN],
  ])("masks %s", (text, secret) => {
    const r = redact(text);
    expect(r.text).not.toContain(secret);
    expect(r.count).toBeGreaterThan(0);
  });

  it("keeps the label and the rest of the text", () => {
    const r = redact(`curl -H "X-Auth-Token: ${TOKEN}" https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text`);
    expect(r.text).toBe('curl -H "X-Auth-Token: ****" https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text');
    expect(r.count).toBe(1);
  });

  it("keeps the scheme and signed headers of an AK/SK Authorization header", () => {
    const r = redact(`Authorization: SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-sdk-date, Signature=abcdef0123456789`);
    expect(r.text).toBe("Authorization: SDK-HMAC-SHA256 Access=****, SignedHeaders=host;x-sdk-date, Signature=****");
    expect(r.count).toBe(2);
  });

  it.each([
    [`{"request_id":"${RID}","x-request-id":"${RID}"}`],
    [`X-Request-Id: ${RID}`],
    ["Incorrect IAM authentication information: x-auth-token not found"],
    ["Incorrect IAM authentication information: decrypt token fail"],
    ["Incorrect IAM authentication information: token expires, expires_at: 2024-05-01T08:12:45.123000Z"],
    ["Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist"],
    ["Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:DELETE|/v2/x/||host:fgs.cn-north-4.myhuaweicloud.com|x-sdk-date:20210824T025548Z||host;x-sdk-date|44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"],
    ['{"token": {"expires_at": "2024-05-01T08:12:45.123000Z", "methods": ["password"]}}'],
    ["Invalid Token header. The Token not contain project item."],
    ["ClientRequestException - {status_code:401,request_id:fcfdcbeb95de91e18c248f108fa5c04f,error_code:APIG.0301,error_msg:Incorrect IAM authentication information: decrypt token fail,encoded_authorization_message:None }"],
  ])("leaves %s untouched", (text) => {
    expect(redact(text)).toEqual({ text, count: 0 });
  });

  it("masks what the classifier shows and counts it", () => {
    const text = `ERROR call failed, X-Auth-Token: ${TOKEN}\n{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: Get secretKey failed,ak:${AK},err:ak not exist","request_id":"${RID}"}`;
    const result = classify(text);
    expect(result.redactions).toBe(2);
    const shown = JSON.stringify(result.findings);
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(AK);
    expect(result.findings[0].requestId).toBe(RID);
    expect(result.findings[0].causeId).toBe("ak-not-exist");
  });
});

describe("redact keeps what follows a header value", () => {
  it("masks only the token of an unquoted header and leaves the rest of the line", () => {
    const r = redact(`curl -H X-Auth-Token: ${TOKEN} -X POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card`);
    expect(r.text).toBe("curl -H X-Auth-Token: **** -X POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card");
  });

  it("masks only the credential after a Bearer scheme", () => {
    expect(redact("Authorization: Bearer abcdefghijklmnop1234 (expired?)").text).toBe("Authorization: Bearer **** (expired?)");
  });
});
