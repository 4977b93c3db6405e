import { describe, expect, it } from "vitest";
import { looksLikePaste, pasteKind } from "@/lib/search/paste";

describe("looksLikePaste", () => {
  it.each([
    '{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"}',
    '{ "error_msg": "Incorrect IAM authentication information: token expires" }',
    "HTTP/1.1 429 Too Many Requests",
    "HTTP/2 401",
    "error_code: APIG.0301",
    "status code: 403",
    "X-Request-Id: 4b1d0e6c2f7a",
    "com.huaweicloud.sdk.core.exception.ClientRequestException: {...}",
    "ServiceResponseException(status_code=400)",
    "requests.exceptions.HTTPError: 401 Client Error",
    'Traceback (most recent call last):\n  File "ocr.py", line 12, in <module>',
    "line one\nline two\nline three",
  ])("%s is a paste", (query) => {
    expect(looksLikePaste(query)).toBe(true);
    expect(pasteKind(query)).not.toBeNull();
  });

  it.each([
    "",
    "APIG.0308",
    "rate limit",
    "The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute",
    "Incorrect IAM authentication information: verify aksk signature fail",
    "Backend service internal error",
    "429",
    "token expired",
    "error 429",
  ])("%s is a search", (query) => {
    expect(looksLikePaste(query)).toBe(false);
  });
});

describe("pasteKind names what the paste is", () => {
  it.each([
    [
      'Traceback (most recent call last):\n  File "ocr.py", line 12, in <module>\n    resp = client.recognize_general_text(req)\nhuaweicloudsdkcore.exceptions.exceptions.ClientRequestException: {"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"}',
      "python traceback",
    ],
    ['  File "/app/ocr.py", line 40, in call\n    raise ValueError("bad")', "python traceback"],
    [
      'com.huaweicloud.sdk.core.exception.ClientRequestException: {"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"}\n\tat com.huaweicloud.sdk.core.HcClient.invoke(HcClient.java:88)',
      "exception",
    ],
    ["\tat com.example.Ocr.call(Ocr.java:12)\n\tat com.example.Main.main(Main.java:5)", "stack trace"],
    [
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nX-Request-Id: 4b1d\n\n{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}',
      "http response",
    ],
    ['< HTTP/2 401\n< content-type: application/json\n{"error_code":"APIGW.0301"}', "http response"],
    [
      '2026-11-27 10:00:01 INFO calling OCR\n2026-11-27 10:00:02 ERROR ocr failed: {"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}',
      "log lines",
    ],
    ["[ERROR] ocr call failed status code: 429\n[INFO] retrying", "log lines"],
    ['{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"}', "json"],
    ["error_code: APIG.0301", "error fields"],
    ["X-Request-Id: 4b1d0e6c2f7a", "headers"],
    ["status code: 403", "status"],
    ["line one\nline two\nline three", "several lines"],
  ])("%s -> %s", (query, kind) => {
    expect(pasteKind(query)).toBe(kind);
  });
});
