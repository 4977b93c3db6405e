import { describe, expect, it } from "vitest";
import { fileCandidates, notFoundCandidates, stripBasePath } from "@/lib/static/try-files";

describe("fileCandidates (nginx try_files $uri $uri.html $uri/index.html)", () => {
  it("tries the file, then .html, then the folder's index.html", () => {
    expect(fileCandidates("/codes/APIG.0308")).toEqual(["codes/APIG.0308", "codes/APIG.0308.html", "codes/APIG.0308/index.html"]);
    expect(fileCandidates("/api/codes.json")).toEqual(["api/codes.json", "api/codes.json.html", "api/codes.json/index.html"]);
  });

  it("answers the root and a trailing slash with index.html only", () => {
    expect(fileCandidates("/")).toEqual(["index.html"]);
    expect(fileCandidates("/zh/")).toEqual(["zh/index.html"]);
    expect(fileCandidates("/codes/APIG.0308/")).toEqual(["codes/APIG.0308/index.html"]);
  });

  it("decodes percent-escapes once, as the file names are written", () => {
    expect(fileCandidates("/_next/static/chunks/app/(en)/codes/%5Bslug%5D/page-1.js")[0]).toBe(
      "_next/static/chunks/app/(en)/codes/[slug]/page-1.js",
    );
    expect(fileCandidates("/codes/%2525")[0]).toBe("codes/%25");
  });

  it("never leaves the folder: dot segments, encoded slashes and backslashes, NUL and broken escapes name nothing", () => {
    for (const bad of [
      "/../etc/passwd",
      "/codes/..",
      "/a/./b",
      "/%2e%2e/secret",
      "/codes/%2F..%2Fx",
      "/a%5C..%5Cb",
      "/a%00b",
      "/codes/%E0%A4%A",
    ]) {
      expect(fileCandidates(bad), bad).toEqual([]);
    }
  });

  it("serves only under the base path, and the base path itself is the home page", () => {
    expect(fileCandidates("/ocr-errors", "/ocr-errors")).toEqual(["index.html"]);
    expect(fileCandidates("/ocr-errors/codes/APIG.0308", "/ocr-errors")).toContain("codes/APIG.0308/index.html");
    expect(fileCandidates("/codes/APIG.0308", "/ocr-errors")).toEqual([]);
    expect(fileCandidates("/ocr-errorsX/codes", "/ocr-errors")).toEqual([]);
    expect(stripBasePath("/ocr-errors/zh", "/ocr-errors")).toBe("/zh");
    expect(stripBasePath("/zh", "")).toBe("/zh");
  });
});

describe("notFoundCandidates (error_page 404)", () => {
  it("uses the Chinese 404 page under /zh, else the English one", () => {
    expect(notFoundCandidates("/zh/codes/VPC.0301")).toEqual(["zh/404.html", "404.html"]);
    expect(notFoundCandidates("/zh")).toEqual(["zh/404.html", "404.html"]);
    expect(notFoundCandidates("/zhx")).toEqual(["404.html"]);
    expect(notFoundCandidates("/codes/VPC.0301")).toEqual(["404.html"]);
    expect(notFoundCandidates("/ocr-errors/zh/x", "/ocr-errors")).toEqual(["zh/404.html", "404.html"]);
    expect(notFoundCandidates("/zh/x", "/ocr-errors")).toEqual(["404.html"]);
  });
});
