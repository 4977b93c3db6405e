import { expect, test } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";

test.skip(isStaticEdition, needsNodeServer("POST /api/classify (classification on the server)"));

test.describe("POST /api/classify", () => {
  test("classifies text/plain and JSON {text} bodies alike", async ({ request }) => {
    const paste =
      'WARNING:root:/v2/zones : error[401]: {"error_msg":"Incorrect IAM authentication information: Get secretKey failed,ak:xxxxxxxxxxx,err:ak not exist","error_code":"APIGW.0301","request_id":"c619857aa68f5ca8fdc888f34a50e3f2"}';
    for (const response of [
      await request.post("api/classify", { data: paste, headers: { "content-type": "text/plain" } }),
      await request.post("api/classify", { data: { text: paste } }),
    ]) {
      expect(response.status()).toBe(200);
      const { findings } = await response.json();
      expect(findings[0]).toMatchObject({
        code: "APIGW.0301",
        entry: { code: "APIGW.0301", slug: "APIGW.0301" },
        httpStatus: 401,
        requestId: "c619857aa68f5ca8fdc888f34a50e3f2",
        matchedBy: "code",
        count: 1,
      });
      expect(findings[0].cause).toEqual(expect.any(String));
      expect(findings[0].confidence).toBeGreaterThan(0);
    }
  });

  test("an empty body answers 400 with what to do", async ({ request }) => {
    const response = await request.post("api/classify", { data: "  ", headers: { "content-type": "text/plain" } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "empty_body", message: expect.stringContaining("Send the error response") });
  });

  test("invalid JSON and JSON without text answer 400", async ({ request }) => {
    const broken = await request.post("api/classify", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error).toBe("invalid_json");
    const noText = await request.post("api/classify", { data: { body: "x" } });
    expect(noText.status()).toBe(400);
    expect((await noText.json()).error).toBe("missing_text");
  });

  test("a body over 1 MiB answers 413, and the server keeps serving", async ({ request }) => {
    const response = await request.post("api/classify", { data: "x".repeat(1024 * 1024 + 1), headers: { "content-type": "text/plain" } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error).toBe("body_too_large");
    const after = await request.post("api/classify", { data: "APIG.0308", headers: { "content-type": "text/plain" } });
    expect(after.status()).toBe(200);
  });

  test("other methods answer 405 with a JSON error, here and on the catalogue API", async ({ request }) => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const response = await request.fetch("api/classify", { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers().allow).toBe("POST");
      expect((await response.json()).error).toBe("method_not_allowed");
    }
    for (const path of ["api/codes", "api/codes/APIG.0308"]) {
      const response = await request.post(path, { data: "x" });
      expect(response.status(), path).toBe(405);
      expect(response.headers().allow).toBe("GET");
      expect((await response.json()).message).toContain("GET");
    }
  });
});

test.describe("POST /api/classify content types", () => {
  test("curl's default form type is read as text; binary types answer 415", async ({ request }) => {
    const curl = await request.post("api/classify", {
      data: "APIG.0308",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(curl.status()).toBe(200);
    expect((await curl.json()).findings[0].code).toBe("APIG.0308");
    const png = await request.post("api/classify", {
      data: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      headers: { "content-type": "image/png" },
    });
    expect(png.status()).toBe(415);
    expect(await png.json()).toMatchObject({ error: "unsupported_content_type", message: expect.stringContaining("text/plain") });
  });
});
