import { describe, expect, it } from "vitest";
import { extractValues } from "../../../lib/classify/values";
import { first } from "./helpers";

describe("values from the message", () => {
  it("reads the rate limit, its window and the policy", () => {
    expect(
      extractValues("The throttling threshold has been reached: policy user over ratelimit,limit:200,time:5 minute", ""),
    ).toMatchObject({
      policy: "user",
      limit: "200",
      window: "5 minute",
    });
  });

  it("reads the template id", () => {
    expect(extractValues("Template match failed, template_id=tpl_20240501_7f3a.", "").templateId).toBe("tpl_20240501_7f3a");
    expect(extractValues("The recognition area of template is not configured, template_id=abc-123", "").templateId).toBe("abc-123");
  });

  it("reads the API id that is not subscribed", () => {
    expect(extractValues("Request api error! The API 1c641f1e-4f4b-4a6c-9d55-3c7d7a0f5b11 is not subscribed.", "").apiId).toBe(
      "1c641f1e-4f4b-4a6c-9d55-3c7d7a0f5b11",
    );
  });

  it("reads the expiry time of a token", () => {
    expect(
      extractValues("Incorrect IAM authentication information: token expires, expires_at: 2024-05-01T08:12:45.123000Z", "").expiresAt,
    ).toBe("2024-05-01T08:12:45.123000Z");
  });

  it("ignores documentation placeholders", () => {
    const v = extractValues("Incorrect IAM authentication information: token expires, expires_at: xxx", "");
    expect(v.expiresAt).toBeUndefined();
  });

  it("reads the masked AK and the supported protocol", () => {
    expect(extractValues("Get secretKey failed,ak:HPUA****,err:ak not exist", "").ak).toBe("HPUA****");
    expect(extractValues("The following protocol is supported: HTTPS", "").protocol).toBe("HTTPS");
  });
});

describe("region and endpoint", () => {
  it("reads them from a URL near the error", () => {
    const v = extractValues(null, "POST https://ocr.ap-southeast-1.myhuaweicloud.com/v2/abc/ocr/general-text failed");
    expect(v).toMatchObject({ endpoint: "ocr.ap-southeast-1.myhuaweicloud.com", region: "ap-southeast-1" });
  });

  it("reads them from a canonical request's host", () => {
    const v = extractValues(
      "verify aksk signature fail, canonicalRequest:DELETE|/v2/x/||host:functiongraph.cn-north-4.myhuaweicloud.com|x-sdk-date:20210824T025548Z",
      "",
    );
    expect(v).toMatchObject({ endpoint: "functiongraph.cn-north-4.myhuaweicloud.com", region: "cn-north-4" });
  });

  it("reads Open Telekom Cloud regions", () => {
    expect(extractValues(null, "from https://iam.eu-de.otc.t-systems.com/v3/auth/tokens").region).toBe("eu-de");
  });

  it("come with the finding", () => {
    const f = first(
      'Error: Too many requests: [POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text], error message: {"error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute.","error_code":"APIG.0308"}',
    );
    expect(f.values).toMatchObject({ region: "cn-north-4", endpoint: "ocr.cn-north-4.myhuaweicloud.com", limit: "20", window: "1 minute" });
  });
});
