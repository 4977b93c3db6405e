/**
 * The responses the fake OCR endpoint gives the real SDK: every documented
 * message of every catalogue entry, and every variant that names a cause,
 * as Huawei Cloud sends it (status, X-Request-Id, JSON body); then the
 * bodies the SDK cannot read a code from (an error only under "result",
 * an empty 5xx, a proxy's HTML page, an OBS XML error).
 */
import { createHash } from "node:crypto";
import type { Entry } from "../../lib/catalogue/schema";
import type { FakeResponse } from "./fake-endpoint";

export interface ContractCase {
  /** Opaque id sent in a header, so no form can read the code from it. */
  id: string;
  /** What the case is, for test names. */
  label: string;
  response: FakeResponse;
  expected: {
    /** The catalogue entry the error is, when the paste can tell. */
    entry: string | null;
    /** The code as a reader takes it from a form that shows the body. */
    code: string | null;
    status: number;
    requestId: string | null;
    cause: string | null;
    /** For an error with no code: entries the status must list among its candidates. */
    candidates: string[];
    /** The SDK's exception carries the body's own message (false when it could only say "Request failed with status code N"). */
    messageInException: boolean;
  };
}

/** A 32-hex request id, the same for the same case on every run. */
function requestIdFor(seed: string): string {
  return createHash("md5").update(seed).digest("hex");
}

/** A documented message with its placeholders filled the way a real response fills them. */
export function fillPlaceholders(text: string): string {
  return text
    .replace(/template_id=\{xxx\}/g, "template_id=7d1f0c2a9b3e4d5f")
    .replace(/The API XXX is not subscribed/g, "The API 1c641f1e-8c3b-4d2a-9f51-0e7b2a6c4d10 is not subscribed")
    .replace(/limit:XX/g, "limit:20")
    .replace(/supported: \{xxx\}/g, "supported: HTTPS")
    .replace(/expires_at: xxx/g, "expires_at: 2026-11-26T08:00:00.000000Z")
    .replace(/ak:\*{3,}/g, "ak:AKDUMMYDUMMYDUMMY00")
    .replace(/\{[^{}]{0,40}\}/g, "sample-42")
    .replace(/(?<![A-Za-z])XXX(?![A-Za-z])/g, "SAMPLE")
    .replace(/(?<![A-Za-z])XX(?![A-Za-z])/g, "20")
    .replace(/(?<![A-Za-z])xxx(?![A-Za-z])/g, "sample");
}

function jsonResponse(status: number, requestId: string, body: Record<string, unknown>): FakeResponse {
  return {
    status,
    headers: { "content-type": "application/json;charset=utf-8", "x-request-id": requestId },
    body: JSON.stringify(body),
  };
}

/** The body an entry's layer sends: gateways add request_id; OCR and ModelArts do not. */
function errorBody(entry: Entry, message: string, requestId: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (entry.code) body.error_code = entry.code;
  body.error_msg = message;
  if (entry.layer === "apig" || entry.layer === "apigw") body.request_id = requestId;
  return body;
}

export function catalogueCases(entries: readonly Entry[]): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const entry of entries) {
    const forms = [
      ...entry.messages.map((m, i) => ({ text: m.text, status: m.httpStatus, cause: m.cause ?? null, label: `message ${i + 1}` })),
      ...entry.variants
        .filter((v) => v.cause)
        .map((v, i) => ({ text: v.text, status: null, cause: v.cause ?? null, label: `variant ${i + 1}` })),
    ];
    for (const form of forms) {
      const id = `case-${String(cases.length + 1).padStart(3, "0")}`;
      const requestId = requestIdFor(`${entry.slug}|${form.label}`);
      // Statuses the docs leave unknown: OCR answers a failed call with 400.
      const status = form.status ?? entry.httpStatus ?? 400;
      const onlyCause = entry.causes.length === 1 ? entry.causes[0]!.id : null;
      cases.push({
        id,
        label: `${entry.slug} ${form.label}`,
        response: jsonResponse(status, requestId, errorBody(entry, fillPlaceholders(form.text), requestId)),
        expected: {
          entry: entry.slug,
          code: entry.code,
          status,
          requestId,
          cause: form.cause ?? onlyCause,
          candidates: [],
          messageInException: true,
        },
      });
    }
  }
  return cases;
}

const OBS_REQUEST_ID = "0000018C2D4F5A6B7C8D9E0F1A2B3C4D";

export function unreadableBodyCases(): ContractCase[] {
  const resultId = requestIdFor("result-only");
  const emptyId = requestIdFor("empty-503");
  const wrappedId = requestIdFor("error-wrapper");
  return [
    {
      id: "case-result-only",
      label: "error only under result (General Table shape)",
      response: jsonResponse(400, resultId, {
        result: { error_code: "AIS.0103", error_msg: "The image size does not meet the requirements." },
      }),
      expected: {
        entry: "AIS.0103",
        code: "AIS.0103",
        status: 400,
        requestId: resultId,
        cause: null,
        candidates: [],
        messageInException: false,
      },
    },
    {
      id: "case-error-wrapper",
      label: 'error under "error" with code and message',
      response: jsonResponse(400, wrappedId, {
        error: { code: "ModelArts.4204", message: fillPlaceholders("Request api error! The API XXX is not subscribed.") },
      }),
      expected: {
        entry: "ModelArts.4204",
        code: "ModelArts.4204",
        status: 400,
        requestId: wrappedId,
        cause: null,
        candidates: [],
        messageInException: true,
      },
    },
    {
      id: "case-empty-503",
      label: "empty body with 503",
      response: { status: 503, headers: { "x-request-id": emptyId, "content-length": "0" }, body: "" },
      expected: {
        entry: null,
        code: null,
        status: 503,
        requestId: emptyId,
        cause: null,
        candidates: ["APIGW.0613"],
        messageInException: false,
      },
    },
    {
      id: "case-html-502",
      label: "HTML error page from a proxy, 502",
      response: {
        status: 502,
        headers: { "content-type": "text/html", server: "nginx" },
        body: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
      },
      expected: {
        entry: null,
        code: null,
        status: 502,
        requestId: null,
        cause: null,
        candidates: ["APIGW.0201"],
        messageInException: false,
      },
    },
    {
      id: "case-obs-xml",
      label: "OBS XML error, 403",
      response: {
        status: 403,
        headers: {
          "content-type": "application/xml",
          server: "OBS",
          "x-obs-request-id": OBS_REQUEST_ID,
          "x-obs-id-2": "32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSxqZB7MPhAAbEnuYOagzZ4U5CNP7V9X",
        },
        body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>${OBS_REQUEST_ID}</RequestId><HostId>Lqk7ZtBV3mGq0nfXlW1f0IL6WkXU6Fw3+4Q2M9rcD5s=</HostId></Error>`,
      },
      expected: {
        entry: null,
        code: "AccessDenied",
        status: 403,
        requestId: OBS_REQUEST_ID,
        cause: null,
        candidates: [],
        messageInException: false,
      },
    },
  ];
}
