import { describe, expect, it } from "vitest";
import { metadataBase, pageMetadata, pageUrl, siteOrigin, sitePath } from "@/components/site/page-metadata";
import { linkSnippets, DESK_PLACEHOLDER } from "@/components/home/snippets";

describe("SITE_URL", () => {
  it("keeps the origin of an http(s) URL and nothing else", () => {
    expect(siteOrigin("https://errors.example.com")).toBe("https://errors.example.com");
    expect(siteOrigin(" https://errors.example.com:8443/some/path?x=1 ")).toBe("https://errors.example.com:8443");
    expect(siteOrigin("http://wiki/")).toBe("http://wiki");
  });

  it("is ignored when unset, empty or not an http(s) URL", () => {
    for (const value of [undefined, "", "  ", "errors.example.com", "javascript:alert(1)", "ftp://x.example"])
      expect(siteOrigin(value)).toBeUndefined();
    expect(metadataBase(undefined)).toBeNull();
    expect(metadataBase("https://errors.example.com/x")?.href).toBe("https://errors.example.com/");
  });
});

describe("pageUrl", () => {
  it("is a path with the base path and language when there is no SITE_URL", () => {
    expect(pageUrl("en", "/codes/APIG.0308", { basePath: "", siteUrl: undefined })).toBe("/codes/APIG.0308");
    expect(pageUrl("zh", "/codes/APIG.0308", { basePath: "/ocr-errors", siteUrl: undefined })).toBe("/ocr-errors/zh/codes/APIG.0308");
    expect(pageUrl("en", "/", { basePath: "", siteUrl: undefined })).toBe("/");
    expect(pageUrl("en", "/", { basePath: "/ocr-errors", siteUrl: undefined })).toBe("/ocr-errors");
    expect(pageUrl("zh", "/", { basePath: "/ocr-errors", siteUrl: undefined })).toBe("/ocr-errors/zh");
  });

  it("is absolute with SITE_URL's origin", () => {
    expect(pageUrl("zh", "/diagnose", { basePath: "/ocr-errors", siteUrl: "https://errors.example.com/ignored" })).toBe(
      "https://errors.example.com/ocr-errors/zh/diagnose",
    );
    expect(sitePath("", "/")).toBe("/");
  });
});

describe("pageMetadata", () => {
  it("gives the canonical link and the Open Graph tags of a code page, in each language", () => {
    const en = pageMetadata({
      locale: "en",
      path: "/codes/APIG.0308",
      title: "APIG.0308: The throttling threshold",
      description: "Slow down.",
    });
    expect(en.title).toBe("APIG.0308: The throttling threshold");
    expect(en.description).toBe("Slow down.");
    expect(en.alternates?.canonical).toBe(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}/codes/APIG.0308`);
    expect(en.openGraph).toMatchObject({
      title: "APIG.0308: The throttling threshold",
      description: "Slow down.",
      url: en.alternates?.canonical,
      siteName: "OCR Error Desk",
      locale: "en_US",
      alternateLocale: ["zh_CN"],
    });
    expect(en.robots).toBeUndefined();

    const zh = pageMetadata({ locale: "zh", path: "/codes/APIG.0308", title: "APIG.0308", description: "请降低调用频率。", noIndex: true });
    expect(zh.alternates?.canonical).toMatch(/\/zh\/codes\/APIG\.0308$/);
    expect(zh.openGraph).toMatchObject({ siteName: "OCR错误码速查", locale: "zh_CN", url: zh.alternates?.canonical });
    expect(zh.robots).toEqual({ index: false });
  });

  it("never names localhost", () => {
    const metadata = pageMetadata({ locale: "en", path: "/diagnose", title: "t", description: "d" });
    expect(JSON.stringify(metadata)).not.toContain("localhost");
  });
});

describe("Link your errors here", () => {
  it("prints <desk>/codes/<error_code> in Python, Java, Go and Node.js", () => {
    const snippets = linkSnippets("https://errors.example.com/ocr-errors");
    expect(snippets.map((s) => s.language)).toEqual(["Python", "Java", "Go", "Node.js"]);
    for (const s of snippets) expect(s.code).toContain("https://errors.example.com/ocr-errors/codes/");
    expect(snippets[0]!.code).toContain("/codes/{e.error_code}");
    expect(snippets[1]!.code).toContain("e.getErrorCode()");
    expect(snippets[2]!.code).toContain("e.ErrorCode");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Node.js snippet's own template literal, as the page shows it
    expect(snippets[3]!.code).toContain("/codes/${err.errorCode}");
    expect(linkSnippets(DESK_PLACEHOLDER)[0]!.code).toContain("https://your-desk.example/codes/");
  });
});
