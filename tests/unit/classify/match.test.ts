import { describe, expect, it } from "vitest";
import { MAX_INPUT_CHARS } from "../../../lib/classify";
import { catalogue, classify, first } from "./helpers";

describe("matching by code", () => {
  it.each(["APIG.0308", "apig.0308", "APIG-0308", "apig0308", "APIG 0308"])("finds the entry for %s", (written) => {
    const f = first(written);
    expect(f).toMatchObject({
      code: "APIG.0308",
      codeAsWritten: written,
      entrySlug: "APIG.0308",
      known: true,
      matchedBy: "code",
      layer: "apig",
    });
  });

  it("is sure when the message agrees with the entry, less sure when it does not", () => {
    const agree = first('{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}');
    const disagree = first('{"error_code":"AIS.0103","error_msg":"Something else entirely"}');
    expect(agree.confidence).toBeGreaterThan(0.95);
    expect(disagree.entrySlug).toBe("AIS.0103");
    expect(disagree.confidence).toBeLessThan(agree.confidence);
  });

  it("gives the status seen in the paste, or else the entry's documented status", () => {
    const seen = first('HTTP/1.1 429 Too Many Requests\n\n{"error_code":"APIG.0308","error_msg":"x"}');
    expect(seen).toMatchObject({ httpStatus: 429, httpStatusSource: "paste" });
    const documented = first("APIG.0301");
    expect(documented).toMatchObject({ httpStatus: 401, httpStatusSource: "catalogue" });
  });
});

describe("codes that are not in the catalogue", () => {
  it.each([
    ["VPC.0301", "VPC"],
    ['{"code":"DNS.0013","message":"You do not have the permission to perform this operation using the API."}', "DNS"],
    ['{"error_code":"Ecs.0114","error_msg":"Instance could not be found."}', "Ecs"],
  ])("reports %s as unknown with its family, never as a catalogue code with the same digits", (text, family) => {
    const f = first(text);
    expect(f.known).toBe(false);
    expect(f.family).toBe(family);
    expect(f.entrySlug).toBeNull();
    expect(f.matchedBy).toBe("code");
    expect(f.runnerUp).toBeNull();
  });

  it("keeps an uncatalogued code of one of our families unknown, with that family's layer", () => {
    const f = first('{"error_code":"APIG.0999","error_msg":"Incorrect IAM authentication information."}');
    expect(f).toMatchObject({ code: "APIG.0999", family: "APIG", known: false, entrySlug: null, layer: "apig" });
  });
});

describe("matching by message", () => {
  it("finds the entry with no documented code by its message", () => {
    const f = first('{"error_msg": "Failed to obtain the temporary AK/SK"}');
    expect(f).toMatchObject({ code: null, entrySlug: "failed-to-obtain-temporary-ak-sk", matchedBy: "message" });
  });

  it("ignores case, spacing, trailing full stops and curly apostrophes", () => {
    const f = first('{"error_msg": "  the IMAGE size   does not meet the requirements "}');
    expect(f.entrySlug).toBe("AIS.0103");
    const entry = catalogue().find((e) => e.messages.some((m) => m.text.includes("'")));
    if (entry) {
      const curly = entry.messages.find((m) => m.text.includes("'"))!.text.replace(/'/g, "\u2019");
      expect(first(JSON.stringify({ error_msg: curly })).entrySlug).toBe(entry.slug);
    }
  });

  it("treats placeholders as wildcards", () => {
    const f = first('{"error_msg": "Template match failed, template_id=tpl_0042."}');
    expect(f).toMatchObject({ entrySlug: "AIS.0119", matchedBy: "message" });
    expect(f.values.templateId).toBe("tpl_0042");
  });

  it("picks one entry for a message two entries share, and names the other as runner-up", () => {
    const f = first('{"error_msg": "Incorrect IAM authentication information."}');
    expect(["APIG.0301", "APIGW.0301"]).toContain(f.entrySlug);
    expect(f.runnerUp).not.toBeNull();
    expect(["APIG.0301", "APIGW.0301"]).toContain(f.runnerUp!.entrySlug);
    expect(f.runnerUp!.entrySlug).not.toBe(f.entrySlug);
    expect(f.runnerUp!.confidence).toBeLessThan(f.confidence);
  });

  it.each([
    ["Backend timeout.", ["APIG.0201", "APIGW.0201"]],
    ["The API does not exist or has not been published in the environment.", ["APIG.0101", "APIGW.0101"]],
  ])("shares %j between two codes", (message, slugs) => {
    const f = first(JSON.stringify({ error_msg: message }));
    expect(slugs).toContain(f.entrySlug);
    expect(slugs).toContain(f.runnerUp?.entrySlug);
  });

  it("finds a message in a log line without a code", () => {
    const f = first("2024-05-01 10:00:03 WARN ocr: The image format is not supported. (file scan_12.heic)");
    expect(f).toMatchObject({ entrySlug: "AIS.0102", matchedBy: "message", source: "text" });
  });

  it("does not take an HTTP reason phrase for a message", () => {
    const { findings } = classify(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.entrySlug).toBe("AIS.0101");
  });
});

describe("falling back to the HTTP status", () => {
  it("names no entry for a bare 429, and lists the entries that return it as candidates", () => {
    const f = first("HTTP/1.1 429 Too Many Requests\nContent-Length: 0\n");
    expect(f).toMatchObject({ matchedBy: "status", entrySlug: null, httpStatus: 429, code: null, causeId: null, runnerUp: null });
    expect(f.candidates.slice(0, 2)).toEqual(["APIG.0308", "APIGW.0308"]);
    expect(f.confidence).toBeLessThanOrEqual(0.4);
  });

  it("uses the status when the message matches nothing", () => {
    const f = first('HTTP/1.1 401 Unauthorized\n\n{"error": {"message": "Unauthorized.", "code": 401}}');
    expect(f).toMatchObject({ matchedBy: "status", httpStatus: 401, message: "Unauthorized.", code: null, entrySlug: null });
    expect(f.candidates).toContain("APIG.0301");
  });

  it("lists candidates only for a status alone or a shared message, never for a code", () => {
    expect(first('{"error_code":"APIG.0308","error_msg":"x"}').candidates).toEqual([]);
    const shared = first("Incorrect IAM authentication information: verify aksk signature fail");
    expect(shared.candidates).toEqual(expect.arrayContaining(["APIG.0301", "APIGW.0301"]));
    expect(shared.candidates[0]).toBe(shared.entrySlug);
  });

  it("reports nothing for a success or for text without errors", () => {
    expect(classify('HTTP/1.1 200 OK\n\n{"result": {"words_block_count": 2}}').findings).toEqual([]);
    expect(classify("hello world, nothing to see").findings).toEqual([]);
    expect(classify("").findings).toEqual([]);
  });
});

describe("several errors in one paste", () => {
  const body = (id: string) =>
    `{"error_msg":"Incorrect IAM authentication information: decrypt token fail","error_code":"APIG.0301","request_id":"${id}"}`;

  it("reports each distinct error once with a count, most frequent first", () => {
    const text = [
      '10:00:00 ERROR {"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}',
      `10:00:01 ERROR ${body("c619857aa68f5ca8fdc888f34a50e3f1")}`,
      `10:00:02 ERROR ${body("c619857aa68f5ca8fdc888f34a50e3f2")}`,
      `10:00:04 ERROR ${body("c619857aa68f5ca8fdc888f34a50e3f3")}`,
    ].join("\n");
    const { findings } = classify(text);
    expect(findings.map((f) => [f.entrySlug, f.count])).toEqual([
      ["APIG.0301", 3],
      ["AIS.0103", 1],
    ]);
  });

  it("counts one call once when its body is printed twice with the same request id", () => {
    const id = "c619857aa68f5ca8fdc888f34a50e3f2";
    const { findings } = classify(`WARNING call failed: ${body(id)}\nERROR:root:${body(id)}`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ count: 1, requestIds: [id] });
  });

  it("does not count a code mentioned in prose next to its full report", () => {
    const { findings } = classify(
      'We keep getting APIG.0308.\n{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute."}',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.count).toBe(1);
  });

  it("orders ties by first appearance, whatever the match", () => {
    const { findings } = classify('VPC.0301 first\n{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}');
    expect(findings.map((f) => f.code)).toEqual(["VPC.0301", "AIS.0101"]);
  });
});

describe("limits", () => {
  it("reads only the first MAX_INPUT_CHARS characters and says so", () => {
    const text = `{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}\n${"x".repeat(MAX_INPUT_CHARS)}`;
    const result = classify(text);
    expect(result.truncated).toBe(true);
    expect(result.findings[0]!.entrySlug).toBe("AIS.0101");
  });

  it("leaves truncated out when the whole text was read", () => {
    expect(classify("AIS.0101").truncated).toBeUndefined();
  });
});

describe("short inputs", () => {
  it("reads 'error 404' as a status, not as a code", () => {
    const f = first("error 404");
    expect(f).toMatchObject({ code: null, matchedBy: "status", httpStatus: 404 });
  });

  it("reads 'ais 101' as AIS.0101", () => {
    expect(first("ais 101")).toMatchObject({ code: "AIS.0101", entrySlug: "AIS.0101" });
  });
});

describe("layers", () => {
  it("names the layer of an uncatalogued code from the family each layer owns", async () => {
    const { LAYERS, LAYER_FAMILY } = await import("../../../lib/catalogue/schema");
    for (const layer of LAYERS) {
      expect(first(`{"error_code":"${LAYER_FAMILY[layer]}.0999","error_msg":"x"}`).layer).toBe(layer);
    }
  });
});
