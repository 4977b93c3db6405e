import { describe, expect, it } from "vitest";
import { codeEntryFile, codeListFile, notFoundFile, pageFile } from "@/lib/static/layout";
import { NOT_FOUND_PROBE, staticEditionPlan } from "@/lib/static/plan";
import { fileCandidates } from "@/lib/static/try-files";

const slugs = ["AIS.0101", "APIG.0308", "failed-to-obtain-temporary-ak-sk"];

describe("layout", () => {
  it("puts each page in its folder's index.html", () => {
    expect(pageFile("/")).toBe("index.html");
    expect(pageFile("/zh")).toBe("zh/index.html");
    expect(pageFile("/codes/APIG.0308")).toBe("codes/APIG.0308/index.html");
    expect(pageFile("/zh/codes/APIG.0308/")).toBe("zh/codes/APIG.0308/index.html");
    expect(() => pageFile("/codes/../x")).toThrow();
  });

  it("names the JSON files and the 404 pages", () => {
    expect(codeListFile("en")).toBe("api/codes.json");
    expect(codeListFile("zh")).toBe("api/zh/codes.json");
    expect(codeEntryFile("APIG.0308", "en")).toBe("api/codes/APIG.0308.json");
    expect(codeEntryFile("APIG.0308", "zh")).toBe("api/zh/codes/APIG.0308.json");
    expect(() => codeEntryFile("../x", "en")).toThrow();
    expect(notFoundFile("en")).toBe("404.html");
    expect(notFoundFile("zh")).toBe("zh/404.html");
  });

  it("every page file is what a try_files host finds for the page's address", () => {
    for (const address of ["/", "/zh", "/diagnose", "/codes/APIG.0308", "/zh/codes/failed-to-obtain-temporary-ak-sk"]) {
      expect(fileCandidates(address)).toContain(pageFile(address));
    }
  });
});

describe("staticEditionPlan", () => {
  const plan = staticEditionPlan(slugs, ["/", "/icon.svg", "/_not-found", "/codes/APIG.0308", "/zh/diagnose", "/about"]);
  const byAddress = new Map(plan.map((item) => [item.address, item]));

  it("has every page in both languages, once each", () => {
    const pages = plan.filter((i) => i.kind === "page").map((i) => i.address);
    for (const slug of slugs) {
      expect(pages).toContain(`/codes/${slug}`);
      expect(pages).toContain(`/zh/codes/${slug}`);
    }
    for (const page of ["/", "/zh", "/diagnose", "/zh/diagnose", "/about"]) expect(pages).toContain(page);
    expect(new Set(plan.map((i) => i.address)).size).toBe(plan.length);
    expect(new Set(plan.map((i) => i.file)).size).toBe(plan.length);
  });

  it("has both 404 pages, expected to answer 404", () => {
    expect(byAddress.get(NOT_FOUND_PROBE)).toMatchObject({ file: "404.html", kind: "not-found", status: 404 });
    expect(byAddress.get(`/zh${NOT_FOUND_PROBE}`)).toMatchObject({ file: "zh/404.html", kind: "not-found", status: 404 });
    expect(byAddress.has("/_not-found")).toBe(false);
  });

  it("has the JSON list and each code's JSON in both languages", () => {
    expect(byAddress.get("/api/codes")).toMatchObject({ file: "api/codes.json", kind: "json" });
    expect(byAddress.get("/api/codes?lang=zh")).toMatchObject({ file: "api/zh/codes.json", kind: "json" });
    expect(plan.filter((i) => i.kind === "json")).toHaveLength(2 + 2 * slugs.length);
    expect(byAddress.get("/api/codes/APIG.0308?lang=zh")?.file).toBe("api/zh/codes/APIG.0308.json");
  });

  it("keeps prerendered files as files and the OpenSearch descriptions", () => {
    expect(byAddress.get("/icon.svg")).toMatchObject({ file: "icon.svg", kind: "asset" });
    expect(byAddress.get("/opensearch.xml")?.file).toBe("opensearch.xml");
    expect(byAddress.get("/zh/opensearch.xml")?.file).toBe("zh/opensearch.xml");
  });
});
