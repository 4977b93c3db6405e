import { describe, expect, it } from "vitest";
import { cacheControlFor, contentTypeFor } from "@/lib/static/content-types";

describe("contentTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["_next/static/chunks/main-app-1.js", "text/javascript; charset=utf-8"],
    ["_next/static/css/a.css", "text/css; charset=utf-8"],
    ["api/codes/APIG.0308.json", "application/json; charset=utf-8"],
    ["zh/opensearch.xml", "application/opensearchdescription+xml; charset=utf-8"],
    ["sitemap.xml", "application/xml; charset=utf-8"],
    ["icon.svg", "image/svg+xml"],
    ["docs/shot.PNG", "image/png"],
    ["_next/static/media/font.woff2", "font/woff2"],
    ["README.txt", "text/plain; charset=utf-8"],
  ])("%s is %s", (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it("a name with no known ending (a code's dot is not one) is octet-stream", () => {
    expect(contentTypeFor("codes/APIG.0308")).toBe("application/octet-stream");
    expect(contentTypeFor(".hidden")).toBe("application/octet-stream");
  });
});

describe("cacheControlFor", () => {
  it("caches Next's hashed build files for a year, and has everything else checked each time", () => {
    expect(cacheControlFor("_next/static/chunks/main-app-1.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor("codes/APIG.0308/index.html")).toBe("no-cache");
    expect(cacheControlFor("api/codes.json")).toBe("no-cache");
    expect(cacheControlFor("static/_next/x.js")).toBe("no-cache");
  });
});
