import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/catalogue/render-markdown";

describe("renderBody", () => {
  it("renders Markdown paragraphs, code and links", () => {
    const html = renderBody("The `X-Auth-Token` header is [missing](https://example.com).\n\nSecond paragraph.");
    expect(html).toContain("<code>X-Auth-Token</code>");
    expect(html).toContain('<a href="https://example.com">missing</a>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it("shows raw HTML as text", () => {
    const html = renderBody('Note <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});
