import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "../../../lib/classify";
import { toApiResult } from "../../../lib/diagnose/api-finding";
import { catalogue, classify } from "./helpers";

const TOKEN =
  "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG9w0BBwGgghoUBIIXkHsidG9rZW4iOnsiZXhwaXJlc19hdCI6IjIwMjQtMDUt";
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
    [
      `Authorization: SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-sdk-date, Signature=9e0f4a6c3b7d2e1f8a5c0b9d4e7f2a1c6b3d8e5f0a7c2b9d4e1f6a3c8b5d0e7f`,
      "9e0f4a6c3b7d",
    ],
    [`ak: ${AK}`, AK],
    [`"access_key_id": "${AK}"`, AK],
    [`sk=${SK}`, SK],
    [`HUAWEICLOUD_SDK_SK=${SK}`, SK],
    [`{"secret_access_key": "${SK}"}`, SK],
    [
      `https://bucket.obs.cn-north-4.myhuaweicloud.com/a.jpg?AccessKeyId=${AK}&Expires=1714550400&Signature=Zk3m%2Bq9wP0xYl7aBcDe8fGh%3D`,
      "Zk3m%2Bq9wP0xYl7aBcDe8fGh",
    ],
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
    expect(r.text).toBe("Authorization: SDK-HMAC-SHA256 Access=HPUA****, SignedHeaders=host;x-sdk-date, Signature=****");
    expect(r.count).toBe(2);
  });

  it.each([
    [`{"request_id":"${RID}","x-request-id":"${RID}"}`],
    [`X-Request-Id: ${RID}`],
    ["Incorrect IAM authentication information: x-auth-token not found"],
    ["Incorrect IAM authentication information: decrypt token fail"],
    ["Incorrect IAM authentication information: token expires, expires_at: 2024-05-01T08:12:45.123000Z"],
    ["Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist"],
    [
      "Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:DELETE|/v2/x/||host:fgs.cn-north-4.myhuaweicloud.com|x-sdk-date:20210824T025548Z||host;x-sdk-date|44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    ],
    ['{"token": {"expires_at": "2024-05-01T08:12:45.123000Z", "methods": ["password"]}}'],
    ["Invalid Token header. The Token not contain project item."],
    [
      "ClientRequestException - {status_code:401,request_id:fcfdcbeb95de91e18c248f108fa5c04f,error_code:APIG.0301,error_msg:Incorrect IAM authentication information: decrypt token fail,encoded_authorization_message:None }",
    ],
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
    expect(result.findings[0]!.requestId).toBe(RID);
    expect(result.findings[0]!.causeId).toBe("ak-not-exist");
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

describe("redact: every class of secret, and what stays readable", () => {
  const PW = "s3cr3t-Pa55w0rd!";
  const SIG = "9e0f4a6c3b7d2e1f8a5c0b9d4e7f2a1c6b3d8e5f0a7c2b9d4e1f6a3c8b5d0e7f";
  const STS = "gQpjbi1ub3J0aC00ifuZ7bJcRqL2mKx8YwAbCdEf";

  it.each([
    // Passwords in URLs: the user and the host stay.
    [`git clone https://alice:${PW}@codehub.example.com/team/repo.git`, "git clone https://alice:****@codehub.example.com/team/repo.git"],
    [`ftp://bob:${PW}@ftp.example.com/upload/`, "ftp://bob:****@ftp.example.com/upload/"],
    [`HTTPS_PROXY=http://proxy:${PW}@10.0.0.1:3128`, "HTTPS_PROXY=http://proxy:****@10.0.0.1:3128"],
    [`{"url":"https:\\/\\/alice:${PW}@obs.example.com\\/b"}`, '{"url":"https:\\/\\/alice:****@obs.example.com\\/b"}'],
    [`https://u:p@ss${PW}@host.example.com/x`, "https://u:****@host.example.com/x"],
    [`GET /cb?next=https://u:${PW}@h.example.com&password=${PW} 302`, "GET /cb?next=https://u:****@h.example.com&password=**** 302"],
    [`curl -u admin:${PW} https://x`, "curl -u admin:**** https://x"],
    [`curl --user 'admin:my pass word' https://x`, "curl --user 'admin:****' https://x"],
    // Cookies: each value; names and Set-Cookie attributes stay.
    [`> Cookie: SESSION=${STS}; lang=zh-CN`, "> Cookie: SESSION=****; lang=****"],
    [
      `< Set-Cookie: JSESSIONID=${STS}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure, sid=${STS}; SameSite=Lax`,
      "< Set-Cookie: JSESSIONID=****; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure, sid=****; SameSite=Lax",
    ],
    [
      `Set-Cookie: a=${STS}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=${STS}`,
      "Set-Cookie: a=****; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=****",
    ],
    [`headers: { 'set-cookie': [ 'a=${STS}; Path=/', 'b=${STS}' ] }`, "headers: { 'set-cookie': [ 'a=****; Path=/', 'b=****' ] }"],
    [`curl -b 'sid=${STS}' https://x`, "curl -b 'sid=****' https://x"],
    // X-Amz-* and OBS temporary URLs: the AK keeps four characters and the scope stays.
    [
      `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${AK}%2F20260501%2Fcn-north-4%2Fs3%2Faws4_request&X-Amz-Date=20260501T000000Z&X-Amz-SignedHeaders=host&X-Amz-Security-Token=${STS}&X-Amz-Signature=${SIG}`,
      "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=HPUA****%2F20260501%2Fcn-north-4%2Fs3%2Faws4_request&X-Amz-Date=20260501T000000Z&X-Amz-SignedHeaders=host&X-Amz-Security-Token=****&X-Amz-Signature=****",
    ],
    [`x-amz-security-token: ${STS}`, "x-amz-security-token: ****"],
    [
      `Authorization: AWS4-HMAC-SHA256 Credential=${AK}/20260501/cn-north-4/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`,
      "Authorization: AWS4-HMAC-SHA256 Credential=HPUA****/20260501/cn-north-4/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=****",
    ],
    [
      `?AccessKeyId=${AK.toLowerCase()}&Expires=1777777777&Signature=Zk3m%2Bq9wP0xYl7aB&x-obs-security-token=${STS}`,
      "?AccessKeyId=hpua****&Expires=1777777777&Signature=****&x-obs-security-token=****",
    ],
    [`Authorization: OBS ${AK}:${SIG}`, "Authorization: OBS ****"],
    // API keys.
    [`GET /v1?api_key=${STS}&page=2`, "GET /v1?api_key=****&page=2"],
    [`-H 'X-Api-Key: ${STS}'`, "-H 'X-Api-Key: ****'"],
    [`{"apikey": "${STS}", "api-key": "${STS}"}`, '{"apikey": "****", "api-key": "****"}'],
    // Passwords with spaces, when quoted.
    ['password="my secret pass" user=ops', 'password="****" user=ops'],
    ["{ password: 'a b c d', user: 'ops' }", "{ password: '****', user: 'ops' }"],
    ['{"password": "a b", "user": "ops"}', '{"password": "****", "user": "ops"}'],
    ["{'db_password': 'two words'}", "{'db_password': '****'}"],
    ['{\\"password\\":\\"esc aped\\"}', '{\\"password\\":\\"****\\"}'],
    ["<Password>a b c</Password>", "<Password>****</Password>"],
    ["spring.datasource.password=hunter2", "spring.datasource.password=****"],
    ["--password hunter2 --token abcdefghijkl", "--password **** --token ****"],
    // AK/SK pairs, and AKs in any case.
    [`AK/SK: ${AK} / ${SK}`, "AK/SK: HPUA**** / ****"],
    [`AK/SK=${AK}/${SK}`, "AK/SK=HPUA****/****"],
    [`AK: ${AK.toLowerCase()} SK: ${SK}`, "AK: hpua**** SK: ****"],
    [`ak=HpUaQ7zK5j3XgN2r8W1m&sk=${SK}`, "ak=HpUa****&sk=****"],
    [`Access Key ID: ${AK}\nSecret Access Key: ${SK}`, "Access Key ID: HPUA****\nSecret Access Key: ****"],
    [`"accessKeyId": "hPuAq7zK5j3xGn2R8w1M"`, '"accessKeyId": "hPuA****"'],
    [
      `<AWSAccessKeyId>${AK}</AWSAccessKeyId><SignatureProvided>${SIG}</SignatureProvided>`,
      "<AWSAccessKeyId>HPUA****</AWSAccessKeyId><SignatureProvided>****</SignatureProvided>",
    ],
    // Chinese text, full-width colons and quotes.
    [`认证失败，AK：${AK}，SK：${SK}，请检查。密码：“我的 密码”`, "认证失败，AK：HPUA****，SK：****，请检查。密码：“****”"],
    // Escaped by Gson (\u003d for "=") or inside a string (\n before the label).
    [`"error_msg":"password\\u003d${PW}\\u0026sk\\u003d${SK}"`, '"error_msg":"password\\u003d****\\u0026sk\\u003d****"'],
    [`"msg":"line one\\npassword=${PW}"`, '"msg":"line one\\npassword=****"'],
  ])("masks %s", (text, expected) => {
    const r = redact(text);
    expect(r.text).toBe(expected);
    expect(r.count).toBeGreaterThan(0);
  });

  it("masks the body of a PEM private key and keeps its BEGIN and END lines and every line break", () => {
    const body = [
      "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
      "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK",
      "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo",
    ];
    const text = ["before", "-----BEGIN RSA PRIVATE KEY-----", ...body, "-----END RSA PRIVATE KEY-----", "after"].join("\r\n");
    const r = redact(text);
    expect(r.text).toBe(
      ["before", "-----BEGIN RSA PRIVATE KEY-----", "****", "****", "****", "-----END RSA PRIVATE KEY-----", "after"].join("\r\n"),
    );
    expect(r.count).toBe(1);
  });

  it("masks a private key written inside a JSON string, or printed by util.inspect in pieces", () => {
    const json = redact(
      '{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"}',
    );
    expect(json.text).toBe('{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----****-----END PRIVATE KEY-----\\n"}');
    const inspected = redact(
      "  privateKey: '-----BEGIN EC PRIVATE KEY-----\\n' +\n    'MHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\\n' +\n    '-----END EC PRIVATE KEY-----\\n'",
    );
    expect(inspected.text).not.toContain("MHcCAQEE");
    expect(inspected.text).toContain("-----BEGIN EC PRIVATE KEY-----");
    expect(inspected.text).toContain("-----END EC PRIVATE KEY-----");
    expect(inspected.text.split("\n")).toHaveLength(3);
  });

  it("masks only the key's own lines when its END line is missing", () => {
    const text =
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n2026-05-01 10:00:03 ERROR APIG.0301 token expires";
    expect(redact(text).text).toBe("-----BEGIN PRIVATE KEY-----\n****\n****\n2026-05-01 10:00:03 ERROR APIG.0301 token expires");
  });

  it.each([
    [
      "a canonical request and its body hash",
      "canonicalRequest:POST|/v2/p/ocr/id-card||content-type:application/json|host:ocr.cn-north-4.myhuaweicloud.com|x-sdk-date:20260501T100003Z||content-type;host;x-sdk-date|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ],
    [
      "body hash headers",
      "x-sdk-content-sha256: UNSIGNED-PAYLOAD\nx-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ],
    [
      "timestamps",
      "X-Sdk-Date: 20260501T100003Z\nDate: Fri, 01 May 2026 10:00:03 GMT\nX-Amz-Date=20260501T000000Z&X-Amz-Expires=3600&Expires=1777777777",
    ],
    [
      "request ids",
      "x-obs-request-id: 0000018F2A3B4C5D6E7F8091A2B3C4D5\nx-obs-id-2: 32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSBprWHCBsvTUqaWM2xubIYCYVkWSgAz\n请求ID：c5ca339d30ad0e1a5334b5c0ccbe8507",
    ],
    [
      "an XML error",
      "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><StringToSign>GET\n\n\n1777777777\n/bucket/a.jpg</StringToSign><RequestId>0000018F</RequestId></Error>",
    ],
    [
      "prose about secrets",
      "Incorrect IAM authentication information: verify aksk signature fail\ncookie: session expired, log in again\nThe password is wrong. Check the AK/SK and the token.",
    ],
    ["a URL with no password", "https://alice@codehub.example.com/team/repo.git and git@github.com:org/repo.git"],
    ["a curl option that names no password", "curl -u admin https://x -b cookies.txt"],
    ["masked values", 'ak:******, sk=****, password="****", Authorization: Bearer ****, Cookie: a=****'],
  ])("leaves %s untouched", (_what, text) => {
    expect(redact(text)).toEqual({ text, count: 0 });
  });

  const PIECES = [
    "password",
    "sk",
    "ak",
    "token",
    "Cookie",
    "Set-Cookie",
    "Authorization",
    "api_key",
    "X-Amz-Credential",
    "AK/SK",
    "密码",
    "https://u",
    "-u",
    "<Password>",
    "-----BEGIN PRIVATE KEY-----",
    ":",
    "=",
    "：",
    "\\u003d",
    " ",
    "\t",
    "\n",
    "\r\n",
    '"',
    "'",
    '\\"',
    "&quot;",
    "“",
    "”",
    "@",
    "/",
    ",",
    ";",
    "&",
    "{",
    "[",
    "abc",
    "Zq3V8xL2mN7pR4tY6wB9",
    "a b c",
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    "\\n",
  ];
  const paste = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(""));

  it("never adds or removes a line break, and masking twice changes nothing more", () => {
    fc.assert(
      fc.property(paste, (text) => {
        const once = redact(text).text;
        expect(once.split("\n").length).toBe(text.split("\n").length);
        expect(once.split("\r").length).toBe(text.split("\r").length);
        expect(redact(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("what the API and the command line return", () => {
  const entries = catalogue();
  const bySlug = (slug: string) => entries.find((e) => e.slug === slug);
  const body = (msg: string) => `{"error_code":"APIG.0301","error_msg":"${msg}","request_id":"${RID}"}`;

  it("returns the AK of an IAM message masked, whatever its case or length", () => {
    for (const [ak, shown] of [
      ["hPuAq7zK5j3xGn2R8w1M", "hPuA****"],
      ["HPUAQ7ZK5J3XGN2R8W1M", "HPUA****"],
      ["AKDU2X9Q", undefined], // too short to show any of it: masked whole, and left out of the values
    ] as const) {
      const result = classify(body(`Incorrect IAM authentication information: Get secretKey failed,ak:${ak},err:ak not exist`));
      const api = toApiResult(result, bySlug);
      expect(api.findings[0]!.values.ak).toBe(shown);
      expect(result.findings[0]!.values.ak).toBe(shown);
      expect(JSON.stringify(api)).not.toContain(ak);
    }
  });

  it("masks a secret the masker only sees once the classifier has decoded the message", () => {
    // "\u0077" is "w": the label reads "password" only after the JSON string is decoded.
    const result = classify(body("Incorrect IAM authentication information: verify aksk signature fail, pass\\u0077ord=hunter2hunter2"));
    const api = toApiResult(result, bySlug);
    expect(api.findings[0]!.message).toContain("password=****");
    expect(JSON.stringify(api)).not.toContain("hunter2hunter2");
  });

  it("masks a value written after an escaped tab", () => {
    expect(redact('"error_msg":"password:\\thunter2hunter2"').text).toBe('"error_msg":"password:\\t****"');
  });
});
