import { describe, expect, it } from "vitest";
import { MAX_OCCURRENCES } from "../../../lib/classify";
import { classify, countedFinding, first } from "./helpers";

const throttled = (id: string) =>
  `{"error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute.","error_code":"APIG.0308","request_id":"${id}"}`;
const tooBig = '{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}';
const hex = (n: number) => n.toString(16).padStart(32, "0");

describe("when each error happened", () => {
  it("takes the timestamp of the error's own line, never of the line above", () => {
    const f = first(`2024-05-01 10:00:00,001 INFO batch started\n2024-05-01 10:00:03,123 ERROR ocr failed: ${tooBig}`);
    expect(f).toMatchObject({ time: "2024-05-01 10:00:03,123", lastTime: "2024-05-01 10:00:03,123", firstLine: 2 });
  });

  it("takes the head of the error's multi-line record: a traceback below a log line", () => {
    const text = [
      "2024-05-01 10:00:00,001 INFO batch started",
      "2024-05-01 10:00:04,500 ERROR ocr call failed",
      "Traceback (most recent call last):",
      '  File "ocr.py", line 12, in <module>',
      "huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:429,request_id:5a63903e690bcd18d9ddf5c2ca75e827,error_code:APIG.0308,error_msg:The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute.,encoded_authorization_message:None }",
    ].join("\n");
    expect(first(text)).toMatchObject({
      code: "APIG.0308",
      time: "2024-05-01 10:00:04,500",
      firstLine: 5,
      requestIds: ["5a63903e690bcd18d9ddf5c2ca75e827"],
    });
  });

  it("takes the head of a record whose body is printed over several lines", () => {
    const text = `2024-05-01 10:00:00 INFO start\n2024-05-01 10:00:05 ERROR response:\n{\n  "error_code": "AIS.0103",\n  "error_msg": "The image size does not meet the requirements."\n}`;
    expect(first(text)).toMatchObject({ time: "2024-05-01 10:00:05", firstLine: 3 });
  });

  it("gives no time to a body set apart from the log by a blank line", () => {
    expect(first(`2024-05-01 10:00:00 INFO start\n\n${tooBig}`).time).toBeNull();
  });

  it("reads a response's Date header in a curl transcript", () => {
    const text = `HTTP/1.1 400 Bad Request\nDate: Sun, 19 Mar 2017 17:03:17 GMT\nX-Request-Id: ${hex(7)}\n\n${tooBig}`;
    expect(first(text)).toMatchObject({ time: "Sun, 19 Mar 2017 17:03:17 GMT", requestIds: [hex(7)], httpStatus: 400 });
  });

  it.each([
    ["2023/09/08 17:52:24 request failed: ", "2023/09/08 17:52:24"],
    ["[2021-08-23T22:55:49.010] [ERROR] default - ", "2021-08-23T22:55:49.010"],
    ["2024-05-01T10:00:03Z level=error msg=", "2024-05-01T10:00:03Z"],
    ["2024年05月01日 10:00:03 [线程-1] 错误 调用OCR失败：", "2024年05月01日 10:00:03"],
    ["May  1 10:00:03 host ocr[42]: ", "May  1 10:00:03"],
    ["\u001b[91m[2026-11-27T14:12:13.604] [ERROR] default - \u001b[39mSome error found: ", "2026-11-27T14:12:13.604"],
  ])("reads the log prefix %j", (prefix, time) => {
    expect(first(`${prefix}${tooBig}`).time).toBe(time);
  });

  it("never takes a token's expiry for the time", () => {
    const f = first(
      '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires, expires_at: 2021-08-20T08:00:00Z"}',
    );
    expect(f.time).toBeNull();
  });
});

describe("request ids on the error's own lines", () => {
  it.each([
    [`2024-05-01 10:00:03 ERROR request_id=${hex(1)} ${tooBig}`],
    [`2024-05-01 10:00:03 ERROR ${tooBig} X-Request-Id: ${hex(1)}`],
    [
      `2024-05-01 10:00:03 ERROR {"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements.","request_id":"${hex(1)}"}`,
    ],
    [`2024-05-01 10:00:03.123 [http-nio-8080-exec-1] ERROR c.e.OcrService - 调用华为云OCR失败：${tooBig} 请求ID：${hex(1)}`],
  ])("reads %j", (text) => {
    expect(first(text).requestIds).toEqual([hex(1)]);
  });

  it("does not take the request id of an unrelated record above", () => {
    const f = first(`2024-05-01 10:00:01 INFO call ok request_id=${hex(9)}\n2024-05-01 10:00:03 ERROR ${tooBig}`);
    expect(f.requestIds).toEqual([]);
    expect(f.requestId).toBeNull();
  });
});

describe("whole logs", () => {
  const log = [
    `2024-05-01 10:00:00,100 ERROR ${tooBig}`,
    "2024-05-01 10:00:00,200 INFO retrying",
    `2024-05-01 10:00:01,000 ERROR ${throttled(hex(1))}`,
    `2024-05-01 10:00:01,500 ERROR ${throttled(hex(2))}`,
    "2024-05-01 10:00:02,000 INFO ok",
    `2024-05-01 10:01:02,000 ERROR ${throttled(hex(3))}`,
  ].join("\n");

  it("counts each error and says where and when it was first and last seen, most frequent first", () => {
    const { findings } = classify(log);
    expect(findings.map(countedFinding)).toEqual([
      {
        code: "APIG.0308",
        count: 3,
        firstLine: 3,
        lastLine: 6,
        time: "2024-05-01 10:00:01,000",
        lastTime: "2024-05-01 10:01:02,000",
        requestIds: [hex(1), hex(2), hex(3)],
      },
      {
        code: "AIS.0103",
        count: 1,
        firstLine: 1,
        lastLine: 1,
        time: "2024-05-01 10:00:00,100",
        lastTime: "2024-05-01 10:00:00,100",
        requestIds: [],
      },
    ]);
    expect(findings[0]!.requestId).toBe(hex(1));
    expect(findings[0]!.occurrences.map((o) => [o.line, o.time, o.requestId])).toEqual([
      [3, "2024-05-01 10:00:01,000", hex(1)],
      [4, "2024-05-01 10:00:01,500", hex(2)],
      [6, "2024-05-01 10:01:02,000", hex(3)],
    ]);
  });

  it("counts the same line repeated without request ids once per line", () => {
    const lines = Array.from({ length: 5 }, (_, i) => `2024-05-01 10:00:0${i} WARN APIG.0308 The throttling threshold has been reached.`);
    expect(first(lines.join("\n"))).toMatchObject({ count: 5, firstLine: 1, lastLine: 5 });
  });

  it("counts one call once when the SDK's log line and the exception both print it", () => {
    const text = [
      `[2024-05-01T10:00:03.120] [ERROR] default - nodesdk:DefaultHttpClient:0 Some error found: {`,
      `  data: { result: { error_code: 'AIS.0103', error_msg: 'The image size does not meet the requirements.' } },`,
      "  status: 400,",
      "  message: 'Request failed with status code 400',",
      `  requestId: '${hex(4)}'`,
      "}",
      "ClientRequestException: Request failed with status code 400",
      "    at ExceptionUtil.generalException (node_modules/@huaweicloud/huaweicloud-sdk-core/exception/ExceptionUtil.js:38:24) {",
      "  httpStatusCode: 400,",
      "  errorMsg: 'Request failed with status code 400',",
      "  errorCode: undefined,",
      `  requestId: '${hex(4)}'`,
      "}",
    ].join("\n");
    const { findings } = classify(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "AIS.0103",
      httpStatus: 400,
      count: 1,
      requestIds: [hex(4)],
      firstLine: 1,
      time: "2024-05-01T10:00:03.120",
    });
  });

  it("merges a message two layers share into the error whose code the paste shows", () => {
    const text = `Incorrect IAM authentication information: verify aksk signature fail\n{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"${hex(5)}"}`;
    const { findings } = classify(text);
    expect(findings.map((f) => f.code)).toEqual(["APIGW.0301"]);
    expect(findings[0]).toMatchObject({ count: 1, causeId: "aksk-signature-wrong" });
  });

  it("keeps at most MAX_OCCURRENCES occurrences, with the last one, and the full count", () => {
    const n = MAX_OCCURRENCES + 5;
    const text = Array.from({ length: n }, (_, i) => `2024-05-01 10:00:00 ERROR ${throttled(hex(i + 1))}`).join("\n");
    const f = first(text);
    expect(f.count).toBe(n);
    expect(f.occurrences).toHaveLength(MAX_OCCURRENCES);
    expect(f.occurrences.at(-1)!.line).toBe(n);
    expect(f.lastLine).toBe(n);
    expect(f.requestIds).toHaveLength(n);
  });

  it("counts the lines of the text it read", () => {
    expect(classify("a\nb\nAIS.0101\n").lineCount).toBe(4);
  });
});

describe("bodies the catalogue cannot name", () => {
  it("reports an OBS XML error's code as written, never a catalogue code guessed from its status", () => {
    const text =
      'HTTP/1.1 403 Forbidden\nServer: OBS\nx-obs-request-id: 0000018C2D4F5A6B7C8D9E0F1A2B3C4D\nx-obs-id-2: 32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSxqZB7MPhAAbEnuYOagzZ4U5CNP7V9X\n\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>0000018C2D4F5A6B7C8D9E0F1A2B3C4D</RequestId></Error>';
    const { findings } = classify(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "AccessDenied",
      family: "OBS",
      known: false,
      entrySlug: null,
      candidates: [],
      httpStatus: 403,
      message: "Access Denied",
      requestIds: ["0000018C2D4F5A6B7C8D9E0F1A2B3C4D"],
    });
    expect(findings[0]!.values.obsId2).toBe("32AAAQAAEAABAAAQAAEAABAAAQAAEAABCSxqZB7MPhAAbEnuYOagzZ4U5CNP7V9X");
  });

  it("reports a proxy's HTML page as its status with no code, and the entries it can mean as candidates", () => {
    const text =
      "HTTP/1.1 504 Gateway Time-out\nServer: nginx\n\n<html>\n<head><title>504 Gateway Time-out</title></head>\n<body><center><h1>504 Gateway Time-out</h1></center></body>\n</html>";
    const { findings } = classify(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: null, entrySlug: null, httpStatus: 504, matchedBy: "status", count: 1, causeId: null });
    expect(findings[0]!.candidates).toContain("APIG.0201");
  });

  it("reports a response without a code next to one with a code", () => {
    const text = `HTTP/1.1 502 Bad Gateway\nContent-Length: 0\n\nHTTP/1.1 429 Too Many Requests\n\n${throttled(hex(1))}`;
    expect(classify(text).findings.map((f) => [f.code, f.httpStatus])).toEqual([
      [null, 502],
      ["APIG.0308", 429],
    ]);
  });
});

describe("a status written beside its body", () => {
  it.each([
    ['`413` + `{"error_code": "APIG.0201", "error_msg": "Request entity too large."}`', 413],
    [
      '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: ak xxxxxxxxxxxxxxxx not exist"}\n ,返回状态码: 401',
      401,
    ],
    ["| APIG.0201 | Backend timeout. | 504 |", 504],
  ])("%s", (text, status) => {
    expect(first(text)).toMatchObject({ httpStatus: status, httpStatusSource: "paste" });
  });
});

describe("structured logs", () => {
  it("reads the time field of a JSON log line, wherever it stands on the line", () => {
    const line = `{"level":"error","logger":"ocr.client","msg":"recognize failed","error":${JSON.stringify(tooBig)},"caller":"ocr/client.go:88","pad":"${"x".repeat(120)}","ts":"2024-05-01T10:00:03.120Z"}`;
    expect(first(line).time).toBe("2024-05-01T10:00:03.120Z");
  });

  it("reads logfmt's time field", () => {
    expect(first(`time="2024-05-01T10:00:03Z" level=error msg="ocr failed" error_code=AIS.0103`).time).toBe("2024-05-01T10:00:03Z");
  });
});
