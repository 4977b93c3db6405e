import { describe, expect, it } from "vitest";
import { asksForSearch, filtersFromParams, homeAddress, paramsFromRecord, searchUrl } from "@/lib/search/url-state";

describe("search in the address", () => {
  it("reads a layer, a status and a category, and ignores values that are none of those", () => {
    expect(filtersFromParams(new URLSearchParams("layer=apig&status=429&category=auth"))).toEqual({
      layer: "apig",
      status: 429,
      category: "auth",
    });
    expect(filtersFromParams(new URLSearchParams("layer=nope&status=42&category=<script>"))).toEqual({});
    expect(filtersFromParams(new URLSearchParams("status=429.5"))).toEqual({});
  });

  it("asks for a search only with words in the query or a filter", () => {
    expect(asksForSearch(new URLSearchParams("q=rate+limit"))).toBe(true);
    expect(asksForSearch(new URLSearchParams("status=401"))).toBe(true);
    expect(asksForSearch(new URLSearchParams("q=+++"))).toBe(false);
    expect(asksForSearch(new URLSearchParams("utm_source=wiki"))).toBe(false);
    expect(asksForSearch(new URLSearchParams(""))).toBe(false);
  });

  it("writes the home page's address in each language, spaces as +", () => {
    expect(searchUrl("rate limit", { status: 429 }, "en")).toBe("/?q=rate+limit&status=429");
    expect(searchUrl("限流", {}, "zh")).toBe(`/zh?q=${encodeURIComponent("限流")}`);
    expect(searchUrl("", {}, "en")).toBe("/");
  });

  it("reads what it writes", () => {
    const url = searchUrl("a&b=c", { layer: "ocr", category: "auth" }, "en");
    const params = new URLSearchParams(url.slice(url.indexOf("?")));
    expect(params.get("q")).toBe("a&b=c");
    expect(filtersFromParams(params)).toEqual({ layer: "ocr", category: "auth" });
  });

  it("takes the first of a repeated parameter from a page's searchParams", () => {
    const params = paramsFromRecord({ q: ["first", "second"], status: "429", empty: undefined });
    expect(params.get("q")).toBe("first");
    expect(params.get("status")).toBe("429");
    expect(params.has("empty")).toBe(false);
  });

  it("gives the search form the home page's own address under a base path, with no slash Next would redirect", () => {
    expect(homeAddress("en", "")).toBe("/");
    expect(homeAddress("zh", "")).toBe("/zh");
    expect(homeAddress("en", "/ocr-errors")).toBe("/ocr-errors");
    expect(homeAddress("zh", "/ocr-errors")).toBe("/ocr-errors/zh");
  });
});
