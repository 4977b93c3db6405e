import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { fieldValue, ticketFields, ticketItems } from "@/lib/diagnose/ticket";
import { makeFinding } from "./make-finding";

const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const allItems = [...new Set(entries.flatMap((e) => e.escalate))];
const escalateOf = (code: string) => entries.find((e) => e.code === code)!.escalate;

describe("reading the catalogue's ticket checklists", () => {
  it.each([
    ["The X-Request-Id or request_id of a failing call", ["requestId"]],
    ["The X-Request-Id response header and the UTC time of a failing call", ["requestId", "time"]],
    ["The X-Request-Id response header and the time (UTC) of a failing call", ["requestId", "time"]],
    [
      "The code, full error_msg and X-Request-Id of a failing call, with the time in UTC",
      ["errorCode", "errorMessage", "requestId", "time"],
    ],
    ["The error_code, full error_msg and HTTP status", ["errorCode", "errorMessage", "httpStatus"]],
    ["The error_code APIGW.0802, the exact error_msg and the 403 status", ["errorCode", "errorMessage", "httpStatus"]],
    ["The region, endpoint and OCR API path", ["region", "endpoint"]],
    ["The OCR endpoint (region) and API path", ["region", "endpoint"]],
    ["Whether the client uses a token or AK/SK, and the region of the endpoint", ["region"]],
    // Not the time of the call, and not one region:
    ["Your measured request rate and concurrency at the time, across all clients sharing the account", []],
    ["The exact error_msg, including the limit and time window if present", ["errorMessage"]],
    ["For 502/504, the failure rate over time and whether other regions are affected", []],
    ["Whether other OCR APIs or regions work with the same credentials", []],
    ["The request body size and image dimensions for timeouts, and how many calls per second you were sending", []],
    ["If you can share it, the failing image", []],
    ["Whether IAM token requests in the same region were working at that time", []],
    ["The IAM endpoint and project scope used to obtain the token, and the API host called", []],
    ["Where and when the ID was created (console region, account)", []],
  ])("%s", (item, fields) => {
    expect(allItems, "the item is in the catalogue").toContain(item);
    expect(ticketFields(item)).toEqual(fields);
  });

  it("finds a request id in every item that names X-Request-Id or request_id, and a time in every item that says UTC", () => {
    for (const item of allItems) {
      if (/x-request-id|request_id/i.test(item)) expect(ticketFields(item), item).toContain("requestId");
      if (/\bUTC\b/.test(item)) expect(ticketFields(item), item).toContain("time");
    }
  });

  it("reads every item of every entry without failing, and most entries ask for something the paste can show", () => {
    const asking = entries.filter((e) => e.escalate.some((item) => ticketFields(item).length > 0));
    expect(asking.length).toBeGreaterThan(entries.length * 0.8);
  });
});

describe("marking what the paste already gives", () => {
  it("gives the values the paste has and lists what is missing", () => {
    const finding = makeFinding({
      requestIds: ["5a63903e690bcd18d9ddf5c2ca75e827"],
      time: "2024-05-01 10:00:03",
      values: { region: "cn-north-4" },
    });
    const items = ticketItems(escalateOf("APIG.0301"), finding);
    expect(items).toEqual([
      {
        text: "The full error_msg, including the part after the colon",
        given: [{ field: "errorMessage", value: "Incorrect IAM authentication information." }],
        missing: [],
      },
      {
        text: "The X-Request-Id or request_id of a failing call",
        given: [{ field: "requestId", value: "5a63903e690bcd18d9ddf5c2ca75e827" }],
        missing: [],
      },
      {
        text: "Whether the client uses a token or AK/SK, and the region of the endpoint",
        given: [{ field: "region", value: "cn-north-4" }],
        missing: [],
      },
    ]);
  });

  it("says a time, a region and an endpoint are missing when the paste lacks them", () => {
    const items = ticketItems(
      ["The X-Request-Id, UTC time, region and API path of a failing call", "The region, endpoint and OCR API path"],
      makeFinding(),
    );
    expect(items[0]).toMatchObject({ given: [], missing: ["requestId", "time", "region"] });
    expect(items[1]).toMatchObject({ given: [], missing: ["region", "endpoint"] });
  });

  it("takes an HTTP status only when the paste shows it", () => {
    expect(fieldValue("httpStatus", makeFinding({ httpStatus: 429, httpStatusSource: "paste" }))).toBe("429");
    expect(fieldValue("httpStatus", makeFinding({ httpStatus: 429, httpStatusSource: "catalogue" }))).toBeNull();
  });

  it("shows the span of times and the first request ids of a repeated error", () => {
    const f = makeFinding({ time: "10:00:03", lastTime: "10:09:00", requestIds: ["a1", "b2", "c3", "d4", "e5"] });
    expect(fieldValue("time", f)).toBe("10:00:03 to 10:09:00");
    expect(fieldValue("requestId", f)).toBe("a1, b2, c3 and 2 more");
    expect(fieldValue("errorCode", makeFinding({ code: "APIG.0308", codeAsWritten: "apig0308" }))).toBe("apig0308");
  });
});
