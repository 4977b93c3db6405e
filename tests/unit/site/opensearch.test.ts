import { describe, expect, it } from "vitest";
import { openSearchDescription, openSearchOrigin, openSearchPath } from "@/components/site/opensearch";

describe("OpenSearch description", () => {
  it("searches each language's home page", () => {
    const en = openSearchDescription("en", "https://errors.example.com", "");
    expect(en).toContain('<Url type="text/html" method="get" template="https://errors.example.com/?q={searchTerms}"/>');
    expect(en).toContain("<ShortName>OCR Error Desk</ShortName>");
    expect(en).toContain("<Language>en</Language>");
    const zh = openSearchDescription("zh", "https://errors.example.com", "/ocr-errors");
    expect(zh).toContain('template="https://errors.example.com/ocr-errors/zh?q={searchTerms}"');
    expect(zh).toContain('template="https://errors.example.com/ocr-errors/zh/opensearch.xml"');
    expect(zh).toContain("<ShortName>OCR错误码速查</ShortName>");
    expect(openSearchDescription("en", "http://h", "/ocr-errors")).toContain('template="http://h/ocr-errors?q={searchTerms}"');
  });

  it("escapes what it writes into XML", () => {
    expect(openSearchDescription("en", 'http://a&b"<x>', "")).toContain("http://a&amp;b&quot;&lt;x&gt;/?q=");
  });

  it("lives at /opensearch.xml and /zh/opensearch.xml", () => {
    expect(openSearchPath("en")).toBe("/opensearch.xml");
    expect(openSearchPath("zh")).toBe("/zh/opensearch.xml");
  });

  it("takes its origin from SITE_URL, else the request's URL with the host it was asked on", () => {
    expect(openSearchOrigin("http://localhost:3000/opensearch.xml", "desk.example.com:8080", "https://errors.example.com/x")).toBe(
      "https://errors.example.com",
    );
    expect(openSearchOrigin("http://localhost:3000/opensearch.xml", "desk.example.com:8080", undefined)).toBe(
      "http://desk.example.com:8080",
    );
    expect(openSearchOrigin("http://localhost:3000/opensearch.xml", "[::1]:3000", undefined)).toBe("http://[::1]:3000");
  });

  it("refuses a Host header that is not a plain host and port", () => {
    for (const host of ["evil.example/path", "a b", "evil.example@x", "x:99999999", "", "evil.example\r\nX: y"]) {
      expect(openSearchOrigin("http://localhost:3000/opensearch.xml", host, undefined)).toBe("http://localhost:3000");
    }
    expect(openSearchOrigin("http://localhost:3000/opensearch.xml", null, undefined)).toBe("http://localhost:3000");
    // The scheme Next puts in the request URL comes from X-Forwarded-Proto: it is not taken.
    expect(openSearchOrigin("https://localhost:3000/opensearch.xml", "desk.example.com", undefined)).toBe("http://desk.example.com");
  });
});
