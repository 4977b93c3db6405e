import { describe, expect, it } from "vitest";
import { scanHttp } from "../../../lib/classify/extract/http";
import { scanJson } from "../../../lib/classify/extract/json";
import { parseLoose } from "../../../lib/classify/extract/loose-json";
import { scanMessages } from "../../../lib/classify/extract/messages";
import { scanSdkText } from "../../../lib/classify/extract/sdk-text";
import { scanText } from "../../../lib/classify/extract/text";
import { scanWordCodes } from "../../../lib/classify/extract/word-codes";
import { scanXml } from "../../../lib/classify/extract/xml";

const errorsOf = (text: string) => scanJson(text).flatMap((b) => b.errors);

describe("loose JSON reader", () => {
  it("reads strict JSON and reports it complete", () => {
    const r = parseLoose('{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true}}');
    expect(r.complete).toBe(true);
    expect(r.value).toMatchObject({ type: "object" });
  });

  it("reads Node objects: unquoted keys, single quotes, string concatenation and [Object]", () => {
    const r = parseLoose("{ data: { msg: 'it' +\n 'ems', nested: [Object] }, fn: [Function: x], list: [Array] }");
    expect(r.complete).toBe(true);
    expect(r.flavor.unquotedKeys).toBe(true);
    expect(JSON.stringify(r.value)).toContain('"items"');
  });

  it("reads Python reprs with None/True/False", () => {
    const r = parseLoose("{'a': None, 'b': True, 'c': False}");
    expect(r.complete).toBe(true);
    expect(r.flavor.pythonLiterals).toBe(true);
  });

  it("returns what it read when the text is cut off or broken", () => {
    const cut = parseLoose('{"error_code": "AIS.0101", "error_msg": "The input par');
    expect(cut.complete).toBe(false);
    expect(JSON.stringify(cut.value)).toContain("The input par");
    const broken = parseLoose('{"a": 1,, "b": 2,}');
    expect(broken.complete).toBe(true);
  });

  it("tolerates a missing comma between pairs", () => {
    const r = parseLoose('{"error_code": "AIS.0101" "error_msg": "x"}');
    expect(JSON.stringify(r.value)).toContain("error_msg");
  });

  it("stops at a nesting depth instead of overflowing the stack", () => {
    const deep = '{"a":'.repeat(100_000);
    expect(() => parseLoose(deep)).not.toThrow();
  });
});

describe("JSON bodies", () => {
  it.each([
    ['{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}', "AIS.0101", "The input parameter is invalid."],
    ['{"error_code":"AIS.0101","error_message":"m"}', "AIS.0101", "m"],
    ['{"errorCode":"APIG.0308","errorMsg":"m"}', "APIG.0308", "m"],
    ['{"code":"DNS.0013","message":"m"}', "DNS.0013", "m"],
    ['{"error":{"code":"EPS.0003","message":"m"}}', "EPS.0003", "m"],
    ['{"error":{"error_code":"APIG.0301","error_msg":"m"}}', "APIG.0301", "m"],
    ['{"result":{"error_code":"AIS.0103","error_msg":"m"}}', "AIS.0103", "m"],
    ['{"error_msg":"m","error_code":"APIG.0301","request_id":"abc","extra":{"x":[1,2]},"more":true}', "APIG.0301", "m"],
  ])("reads %s", (text, code, message) => {
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ code, message, structured: true });
  });

  it("reads a body escaped as a string inside another body, with the outer status and request id", () => {
    const text =
      '{"status_code": 404, "request_id": "1413f385f969310963ab30a32ac958d9", "error_code": "", "error_message": "{\\"error\\":{\\"message\\":\\"not found\\",\\"code\\":\\"Ecs.0114\\"}}"}';
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ code: "Ecs.0114", message: "not found", httpStatus: 404, requestId: "1413f385f969310963ab30a32ac958d9" });
  });

  it("reads a body escaped inside a log line", () => {
    const [e] = errorsOf(
      'level=error body="{\\"error_code\\":\\"AIS.0102\\",\\"error_msg\\":\\"The image format is not supported.\\"}" took=12ms',
    );
    expect(e).toMatchObject({ code: "AIS.0102", message: "The image format is not supported." });
  });

  it("reads a cut-off body", () => {
    const [e] = errorsOf(
      'resp: {"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratel',
    );
    expect(e!.code).toBe("APIG.0308");
    expect(e!.message).toContain("policy user over ratel");
  });

  it("reads Node's inspected axios error and ignores the HTTP client's own message", () => {
    const text =
      "{\n  data: {\n    error_msg: 'Incorrect IAM authentication information: decrypt token fail',\n    error_code: 'APIG.0301'\n  },\n  status: 401,\n  headers: { 'x-request-id': '5a63903e690bcd18d9ddf5c2ca75e827' },\n  message: 'Request failed with status code 401'\n}";
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "APIG.0301",
      httpStatus: 401,
      requestId: "5a63903e690bcd18d9ddf5c2ca75e827",
      source: "js-object",
    });
  });

  it("treats a numeric code as a status, not as an error code", () => {
    const [e] = errorsOf('{"error": {"message": "Unauthorized.", "code": 401, "title": "Unauthorized"}}');
    expect(e).toMatchObject({ code: null, message: "Unauthorized.", httpStatus: 401 });
  });

  it("reports error.code and error_code of one body once", () => {
    const errors = errorsOf(
      "{'error': {'code': 'APIG.0308', 'message': 'Daily quota exhausted'}, 'error_code': 'APIG.0308', 'error_msg': 'Daily quota exhausted'}",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.source).toBe("python-dict");
  });

  it("labels Go SDK errors", () => {
    const [e] = errorsOf(
      '{"status_code":404,"request_id":"c5ca339d30ad0e1a5334b5c0ccbe8507","error_code":"APIGW.0101","error_message":"The API does not exist or has not been published in the environment"}',
    );
    expect(e).toMatchObject({ source: "sdk-go", httpStatus: 404 });
  });

  it("ignores objects without error fields", () => {
    expect(errorsOf('{"a": 1} {"name": "x"} {{{ }}} {"code": 0, "data": []}')).toEqual([]);
  });
});

describe("SDK key:value text", () => {
  it("reads the Python SDK format on one line, keeping commas inside the message", () => {
    const [g] = scanSdkText(
      "ClientRequestException - {status_code:400,request_id:fcfdcbeb95de91e18c248f108fa5c04f,error_code:FRS.0304,error_msg:Detect no face, can not search,encoded_authorization_message:None }",
    );
    expect(g!.error).toMatchObject({
      code: "FRS.0304",
      message: "Detect no face, can not search",
      httpStatus: 400,
      requestId: "fcfdcbeb95de91e18c248f108fa5c04f",
      source: "sdk-python",
    });
  });

  it("reads the Python SDK format spread over many lines", () => {
    const [g] = scanSdkText(
      "ClientRequestException - {\n  status_code:400,\n  request_id:7526f369349e30796b6953953c35adbb,\n  error_code:AgentIdentityTokenVault.1015,\n  error_msg:User ID and user token cannot both exist,\n  encoded_authorization_message:None\n}",
    );
    expect(g!.error).toMatchObject({
      code: "AgentIdentityTokenVault.1015",
      message: "User ID and user token cannot both exist",
      httpStatus: 400,
    });
  });

  it("reads the Java SDK format", () => {
    const [g] = scanSdkText(
      "ClientRequestException {\n    httpStatusCode: 400\n    errorCode: ModelArts.4204\n    errorMsg: Request API error. The API 1c641f1e is not subscribed.\n    requestId: 0123456789abcdef0123456789abcdef\n}",
    );
    expect(g!.error).toMatchObject({
      code: "ModelArts.4204",
      httpStatus: 400,
      source: "sdk-java",
      requestId: "0123456789abcdef0123456789abcdef",
    });
    expect(g!.error.message).toBe("Request API error. The API 1c641f1e is not subscribed.");
  });

  it("reads a brace-less JSON fragment followed by Chinese", () => {
    const [g] = scanSdkText(
      '"error_msg":"Incorrect IAM authentication information: token expires, expires_at: xxx","error_code":"APIG.0301",是因为Token过期。',
    );
    expect(g!.error).toMatchObject({
      code: "APIG.0301",
      message: "Incorrect IAM authentication information: token expires, expires_at: xxx",
    });
  });

  it("does not join the fields of two errors with other text between them", () => {
    const groups = scanSdkText(
      '{"error_msg":"m1","error_code":"APIGW.0308","request_id":"d4e8174b8df00840aef0c6907ec0e384"}\n#ClientRequestException - {status_code:400,request_id:fcfdcbeb95de91e18c248f108fa5c04f,error_code:FRS.0304,error_msg:m2 }',
    );
    expect(groups.map((g) => [g.error.code, g.error.httpStatus])).toEqual([
      ["APIGW.0308", null],
      ["FRS.0304", 400],
    ]);
  });

  it("splits two errors written one after the other", () => {
    const groups = scanSdkText("error_code:AIS.0101,error_msg:a\nerror_code:AIS.0102,error_msg:b");
    expect(groups.map((g) => g.error.code)).toEqual(["AIS.0101", "AIS.0102"]);
  });
});

describe("HTTP transcripts and status hints", () => {
  it("reads status lines and X-Request-Id headers (curl -i, curl -v)", () => {
    const hints = scanHttp("< HTTP/1.1 429 Too Many Requests\n< X-Request-Id: 0123456789abcdef0123456789abcdef\n");
    expect(hints).toEqual([
      { kind: "status", value: "429", offset: 2, statusLine: true },
      expect.objectContaining({ kind: "requestId", value: "0123456789abcdef0123456789abcdef" }),
    ]);
  });

  it.each([
    ["WARNING:root:/v2/zones : error[401]: {}", "401"],
    ["Error code: 429 - {}", "429"],
    ["message: 'Request failed with status code 401'", "401"],
    ["**Status code: 400**", "400"],
    ["429\n\nAPIG.0308", "429"],
    ["requests.exceptions.HTTPError: 504 Server Error: Gateway Timeout", "504"],
    ["**状态码：400**", "400"],
    ["响应码: 429", "429"],
  ])("finds the status in %j", (text, status) => {
    expect(scanHttp(text).find((h) => h.kind === "status")?.value).toBe(status);
  });
});

describe("codes in free text", () => {
  it("finds codes glued to Chinese text", () => {
    const [m] = scanText("如未开通服务,调用服务时会提示ModelArts.4204报错,请先开通");
    expect(m!.code).toBe("ModelArts.4204");
  });

  it("finds a code written on its own in any spelling", () => {
    expect(scanText("  apig0308 ")[0]!.code).toBe("apig0308");
    expect(scanText("ais 101")[0]!.code).toBe("ais 101");
  });

  it("finds other services' codes but not ordinary numbers", () => {
    const codes = scanText("got VPC.0301 then DNS.0013; see No.1234, v2.0, 2024.0501 and sha256").map((m) => m.code);
    expect(codes).toEqual(["VPC.0301", "DNS.0013"]);
  });

  it("does not read codes out of hex ids", () => {
    expect(scanText("request c5ca339d30ad0e1a5334b5c0ccbe8507 done")).toEqual([]);
  });
});

describe("messages in free text", () => {
  it("finds a documented message and reads it to the end of its line", () => {
    const [hit] = scanMessages("10:00:03 WARN Backend timeout. retrying\nnext", ["backend timeout"]);
    expect(hit!.message).toBe("Backend timeout. retrying");
  });

  it("skips the reason phrase of a status line", () => {
    expect(scanMessages("HTTP/1.1 400 Bad Request\n", ["bad request"])).toEqual([]);
  });
});

describe("more status, request id and date hints", () => {
  it.each([
    ["RESP: [403] Content-Length: 263 Server: OBS", "403"],
    ["| APIG.0201 | Backend unavailable. | 502 | 后端不可用 |", "502"],
    ['`413` + `{"error_code": "APIG.0201"}`', "413"],
    ["返回内容: {...}\n ,返回状态码:\n401", "401"],
    ["<html><head><title>502 Bad Gateway</title></head>", "502"],
  ])("finds the status in %j", (text, status) => {
    expect(scanHttp(text).find((h) => h.kind === "status")?.value).toBe(status);
  });

  it("treats an HTML error page's title as the start of a response", () => {
    expect(scanHttp("<center><h1>504 Gateway Time-out</h1></center>")[0]).toMatchObject({ value: "504", statusLine: true });
  });

  it.each([
    ["2024-05-01 ERROR request_id=5a63903e690bcd18d9ddf5c2ca75e827 failed", "5a63903e690bcd18d9ddf5c2ca75e827"],
    ["x-obs-request-id: 00000194D648569F442153E3C7BA5D76", "00000194D648569F442153E3C7BA5D76"],
    ["<RequestId>000001827CD64B3B92CC6E46800BEC44</RequestId>", "000001827CD64B3B92CC6E46800BEC44"],
    ["请求ID：8080d377bffeb6d519b0567c09cebe6b", "8080d377bffeb6d519b0567c09cebe6b"],
    ["  requestId: '0c9b3e1d2f4a5b6c7d8e9f0a1b2c3d4e',", "0c9b3e1d2f4a5b6c7d8e9f0a1b2c3d4e"],
  ])("finds the request id in %j", (text, id) => {
    expect(
      scanHttp(text)
        .filter((h) => h.kind === "requestId")
        .map((h) => h.value),
    ).toEqual([id]);
  });

  it("does not take undefined or None for a request id", () => {
    expect(scanHttp("requestId: undefined, request_id: None").filter((h) => h.kind === "requestId")).toEqual([]);
  });

  it("reads a Date header as the response's date", () => {
    expect(scanHttp("HTTP/1.1 401 Unauthorized\nDate: Sun, 19 Mar 2017 17:03:17 GMT\n").find((h) => h.kind === "date")?.value).toBe(
      "Sun, 19 Mar 2017 17:03:17 GMT",
    );
  });
});

describe("XML error bodies", () => {
  const obs =
    '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>0000018A2B3C4D5E6F708192A3B4C5D6</RequestId><HostId>abc=</HostId></Error>';

  it("reads the code as written, with its message and request id, and knows OBS by its HostId", () => {
    expect(scanXml(obs)).toEqual([
      expect.objectContaining({
        code: "NoSuchKey",
        message: "The specified key does not exist.",
        requestId: "0000018A2B3C4D5E6F708192A3B4C5D6",
        family: "OBS",
        source: "xml",
      }),
    ]);
  });

  it("reads XML printed over several lines, and snake_case elements", () => {
    const [e] = scanXml(
      "<error>\n  <error_code>APIG.0301</error_code>\n  <error_msg>Incorrect IAM authentication information.</error_msg>\n</error>",
    );
    expect(e).toMatchObject({ code: "APIG.0301", message: "Incorrect IAM authentication information.", family: null });
  });

  it("decodes entities and ignores HTML <code> elements", () => {
    expect(scanXml("<Error><Code>InvalidArgument</Code><Message>a &amp; b</Message></Error>")[0]!.message).toBe("a & b");
    expect(scanXml("<p>Use <code>OcrClient</code> here</p>")).toEqual([]);
  });
});

describe("word codes in SDK text", () => {
  it("reads the OBS Go SDK's error string", () => {
    const [e] = scanWordCodes(
      "panic: obs: service returned error: Status=403 Forbidden, Code=SignatureDoesNotMatch, Message=The request signature we calculated does not match. Check your key., RequestId=0000018C2D4F5A6B",
    );
    expect(e).toMatchObject({
      code: "SignatureDoesNotMatch",
      message: "The request signature we calculated does not match. Check your key.",
      family: "OBS",
    });
  });

  it("reads Error/Code lines and their message on the next line", () => {
    const [e] = scanWordCodes(
      "errorXmlCallback errorXml : Error/Code : AccessDenied\nerrorXmlCallback errorXml : Error/Message : OBS authentication requires a valid Date",
    );
    expect(e).toMatchObject({ code: "AccessDenied", message: "OBS authentication requires a valid Date" });
  });

  it("needs an error on the line for a bare Code label, and never takes a catalogue code's family for a word", () => {
    expect(scanWordCodes("Code: JavaScript and TypeScript")).toEqual([]);
    expect(scanWordCodes("errorCode: ModelArts.4204")).toEqual([]);
  });
});
