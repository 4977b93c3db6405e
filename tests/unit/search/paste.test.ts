import { describe, expect, it } from "vitest";
import { looksLikePaste, pasteKind } from "@/lib/search/paste";

describe("looksLikePaste", () => {
  it.each([
    '{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"}',
    "{ \"error_msg\": \"Incorrect IAM authentication information: token expires\" }",
    "HTTP/1.1 429 Too Many Requests",
    "HTTP/2 401",
    "error_code: APIG.0301",
    "status code: 403",
    "X-Request-Id: 4b1d0e6c2f7a",
    "com.huaweicloud.sdk.core.exception.ClientRequestException: {...}",
    "ServiceResponseException(status_code=400)",
    "requests.exceptions.HTTPError: 401 Client Error",
    "Traceback (most recent call last):\n  File \"ocr.py\", line 12, in <module>",
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
