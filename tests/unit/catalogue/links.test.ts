/**
 * Links in Markdown (content bodies and team notes): only http:, https:,
 * mailto: and relative targets are allowed. Every other one is a build-time
 * error naming the file, the line and the link, and the renderer never writes
 * one into a page even when it is handed one directly.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { useTempFolders } from "../helpers/temp-folder";
import { renderBody } from "@/lib/catalogue/render-markdown";
import { checkMarkdownLinks } from "@/lib/catalogue/links";
import { CatalogueError, loadCatalogue, parseEntryFile } from "@/lib/catalogue/load";
import { loadTeamNotes } from "@/lib/catalogue/notes";
import { sampleEntryFile, sampleFrontMatter } from "./sample-entry";

// ---------------------------------------------------------------------------
// An independent reading of rendered HTML, as a browser would do it: the
// attributes of every tag, character references decoded, and the scheme a URL
// ends up with. Written apart from lib/ so that the renderer is judged by
// something other than its own rules.

const entityNames: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  Tab: "\t",
  NewLine: "\n",
  sol: "/",
  num: "#",
};

function decodeLikeBrowser(value: string): string {
  return value.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z]+);?/g, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(Math.min(parseInt(ref.slice(2), 16), 0x10ffff));
    if (ref.startsWith("#")) return String.fromCodePoint(Math.min(parseInt(ref.slice(1), 10), 0x10ffff));
    return whole.endsWith(";") && entityNames[ref] !== undefined ? entityNames[ref] : whole;
  });
}

/** The scheme a browser gives an attribute's URL, or null when it is relative. */
function browserScheme(attributeValue: string): string | null {
  // The URL parser trims C0 controls and spaces, then drops tabs and newlines.
  const url = decodeLikeBrowser(attributeValue)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the C0 controls are what a browser trims
    .replace(/^[\u0000-\u0020]+/, "")
    .replace(/[\t\n\r]/g, "");
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

interface Attribute {
  tag: string;
  name: string;
  value: string;
}

/** Every attribute of every tag in the HTML (quoted or not). */
function attributesOf(html: string): Attribute[] {
  const out: Attribute[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    for (const attr of tag[2]!.matchAll(/([^\s/>="']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      out.push({ tag: tag[1]!.toLowerCase(), name: attr[1]!.toLowerCase(), value: attr[2] ?? attr[3] ?? attr[4] ?? "" });
    }
  }
  return out;
}

const allowedSchemes = new Set(["http", "https", "mailto"]);
const allowedTags = new Set([
  "p",
  "a",
  "img",
  "em",
  "strong",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "del",
  "br",
  "hr",
  "input",
]);
const allowedAttributes = new Set(["href", "src", "alt", "title", "class", "align", "type", "checked", "disabled", "start"]);

/** What in the HTML a browser could run or follow that it must not: empty when the HTML is safe. */
function unsafeParts(html: string): string[] {
  const bad: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][^\s/>]*)/g)) {
    if (!allowedTags.has(tag[1]!.toLowerCase())) bad.push(`tag <${tag[1]}>`);
  }
  for (const a of attributesOf(html)) {
    if (!allowedAttributes.has(a.name)) bad.push(`attribute ${a.name} on <${a.tag}>`);
    if (a.name === "href" || a.name === "src") {
      const scheme = browserScheme(a.value);
      if (scheme !== null && !allowedSchemes.has(scheme)) bad.push(`${a.name}="${a.value}" (${scheme}:)`);
    }
  }
  return bad;
}

/** The href/src attributes a browser would follow to a scheme other than http(s)/mailto. */
function dangerousTargets(html: string): string[] {
  return unsafeParts(html).filter((part) => part.startsWith("href=") || part.startsWith("src="));
}

// What marked writes on its own, without this project's renderer: the pages would carry this if
// the renderer were not safe by construction.
const plainMarked = new Marked({ gfm: true, async: false });

// ---------------------------------------------------------------------------
// Every disguise of a link that must not reach a page. `line` is the line of
// the Markdown the error must name (1 = the body's first line).

interface BadForm {
  name: string;
  markdown: string;
  line: number;
  /** A fragment the error message must contain: the link as written, or what is wrong with it. */
  says: string;
}

const badForms: BadForm[] = [
  { name: "javascript:", markdown: "See [the console](javascript:alert(1)).", line: 1, says: '"javascript:alert(1)"' },
  { name: "data:", markdown: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", line: 1, says: 'the scheme "data:"' },
  { name: "vbscript:", markdown: "[x](vbscript:msgbox(1))", line: 1, says: 'the scheme "vbscript:"' },
  { name: "file:", markdown: "[x](file:///etc/passwd)", line: 1, says: 'the scheme "file:"' },
  { name: "another scheme (ftp:)", markdown: "[x](ftp://files.example.com/a)", line: 1, says: 'the scheme "ftp:"' },
  { name: "another scheme (intent:)", markdown: "[x](intent://scan/#Intent;scheme=zxing;end)", line: 1, says: 'the scheme "intent:"' },
  { name: "mixed case", markdown: "[x](JaVaScRiPt:alert(1))", line: 1, says: '"JaVaScRiPt:alert(1)"' },
  { name: "leading spaces (angle brackets)", markdown: "[x](<   javascript:alert(1)>)", line: 1, says: 'the scheme "javascript:"' },
  { name: "leading control character", markdown: "[x](<\u0001javascript:alert(1)>)", line: 1, says: "U+0001" },
  { name: "control character before the link", markdown: "[x](\u0000javascript:alert(1))", line: 1, says: "U+0000" },
  { name: "tab inside the scheme", markdown: "[x](<java\tscript:alert(1)>)", line: 1, says: 'the scheme "javascript:"' },
  { name: "decimal character reference", markdown: "[x](&#106;avascript:alert(1))", line: 1, says: '"&#106;avascript:alert(1)"' },
  { name: "hex character reference", markdown: "[x](&#x6A;avascript:alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "character reference without ;", markdown: "[x](&#106avascript:alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "padded character reference", markdown: "[x](&#0000106;avascript:alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "named reference for the colon", markdown: "[x](javascript&colon;alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "numeric reference for the colon", markdown: "[x](javascript&#58;alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "reference for a tab inside the scheme", markdown: "[x](java&Tab;script:alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "reference for a leading space", markdown: "[x](&#32;javascript:alert(1))", line: 1, says: 'the scheme "javascript:"' },
  { name: "percent-encoded colon", markdown: "[x](javascript%3Aalert(1))", line: 1, says: "%3A" },
  { name: "percent-encoded letters", markdown: "[x](%6A%61vascript:alert(1))", line: 1, says: '"%6A%61vascript:alert(1)"' },
  { name: "image", markdown: "![chart](javascript:alert(1))", line: 1, says: 'image "javascript:alert(1)"' },
  { name: "data: image", markdown: "![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", line: 1, says: 'image "data:' },
  { name: "autolink", markdown: "Open <javascript:alert(1)> now.", line: 1, says: 'autolink "javascript:alert(1)"' },
  { name: "data: autolink", markdown: "<data:text/html,hi>", line: 1, says: 'autolink "data:text/html,hi"' },
  {
    name: "reference-style link",
    markdown: "Read [the runbook][rb].\n\n[rb]: javascript:alert(1)",
    line: 3,
    says: 'link definition [rb]: "javascript:alert(1)"',
  },
  {
    name: "reference-style link (the use)",
    markdown: "Read [the runbook][rb].\n\n[rb]: javascript:alert(1)",
    line: 1,
    says: 'link [the runbook][rb] to "javascript:alert(1)"',
  },
  { name: "collapsed reference", markdown: "[rb][]\n\n[rb]: JAVASCRIPT:alert(1)", line: 3, says: 'the scheme "JAVASCRIPT:"' },
  {
    name: "shortcut reference in angle brackets",
    markdown: "[rb]\n\n[rb]: <javascript:alert(1)>",
    line: 3,
    says: 'link definition [rb]: "javascript:alert(1)"',
  },
  {
    name: "raw <a href>",
    markdown: 'Click <a href="javascript:alert(1)">here</a>.',
    line: 1,
    says: 'raw HTML <a href> "javascript:alert(1)"',
  },
  {
    name: "raw <a href> unquoted",
    markdown: "<a href=javascript:alert(1)>here</a>",
    line: 1,
    says: 'raw HTML <a href> "javascript:alert(1)"',
  },
  {
    name: "raw <a href> with a reference",
    markdown: "<a href='&#106;avascript:alert(1)'>here</a>",
    line: 1,
    says: 'the scheme "javascript:"',
  },
  {
    name: "raw <img src>",
    markdown: '<img src="data:image/png;base64,AAAA" alt="">',
    line: 1,
    says: 'raw HTML <img src> "data:image/png;base64,AAAA"',
  },
  { name: "raw <img/src> over two lines", markdown: "Text.\n\n<img\n  src=javascript:alert(1)>", line: 4, says: "raw HTML <img src>" },
  {
    name: "raw srcset",
    markdown: '<img srcset="https://example.com/a.png 1x, javascript:alert(1) 2x">',
    line: 1,
    says: 'raw HTML <img srcset> "javascript:alert(1)"',
  },
  { name: "raw svg xlink:href", markdown: "<svg><a xlink:href=javascript:alert(1)>x</a></svg>", line: 1, says: "raw HTML <a xlink:href>" },
  { name: "in a heading", markdown: "Intro.\n\n## [Fix](javascript:alert(1))", line: 3, says: '"javascript:alert(1)"' },
  { name: "in a list", markdown: "Steps:\n\n- first\n- [second](javascript:alert(1))", line: 4, says: '"javascript:alert(1)"' },
  { name: "in a quote", markdown: "> Quoted\n> [here](vbscript:x)", line: 2, says: '"vbscript:x"' },
  { name: "in a table", markdown: "| a | b |\n|---|---|\n| [t](data:text/html,x) | c |", line: 3, says: '"data:text/html,x"' },
  {
    name: "around a good image",
    markdown: "[![logo](https://example.com/logo.png)](javascript:alert(1))",
    line: 1,
    says: '"javascript:alert(1)"',
  },
  {
    name: "after a code block holding the same link",
    markdown: "```\n[x](javascript:alert(1))\n```\n\n[x](javascript:alert(1))",
    line: 5,
    says: '"javascript:alert(1)"',
  },
];

/** A complete content file with `body` under its front matter. */
function entryFile(body: string, overrides: Record<string, unknown> = {}): string {
  return sampleEntryFile(sampleFrontMatter(overrides), body);
}

/** The 1-based line of the file on which the body's `line` falls, counted independently of lib/. */
function fileLine(fileText: string, body: string, line: number): number {
  const bodyStart = fileText.split("\n").findIndex((_l, i, lines) => lines.slice(i).join("\n").startsWith(body));
  return bodyStart + line;
}

const tempFolder = useTempFolders("links-");
const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));

describe("links in a content file's body", () => {
  it.each(badForms)("rejects $name, naming the file, the line and the link", ({ markdown, line, says }) => {
    const text = entryFile(markdown);
    const { problems } = parseEntryFile("content/codes/AIS.0101.md", text);
    const expectedLine = fileLine(text, markdown, line);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === "content/codes/AIS.0101.md" && p.field === "(body)")).toBe(true);
    expect(problems.filter((p) => p.line === expectedLine).map((p) => p.problem)).toContainEqual(expect.stringContaining(says));
  });

  it("names every bad link of a body, each on its own line, in one run", () => {
    const body = "Intro with [a good one](https://example.com).\n\n[one](javascript:a)\n\nText.\n\n![two](data:image/png,x)";
    const text = entryFile(body);
    const { problems } = parseEntryFile("content/codes/AIS.0101.md", text);
    expect(problems.map((p) => p.line)).toEqual([fileLine(text, body, 3), fileLine(text, body, 7)]);
  });

  it("still names bad links when the front matter is wrong too", () => {
    const { problems } = parseEntryFile("content/codes/AIS.0101.md", entryFile("[x](javascript:alert(1))", { layer: "vision" }));
    expect(problems.map((p) => p.field)).toEqual(["layer", "(body)"]);
  });

  it("counts lines in a file written with CRLF line ends", () => {
    const text = entryFile("First line.\n\n[x](javascript:alert(1))").replaceAll("\n", "\r\n");
    const { problems } = parseEntryFile("content/codes/AIS.0101.md", text);
    const lineOfLink = text.split("\r\n").findIndex((l) => l.includes("javascript:")) + 1;
    expect(problems.map((p) => p.line)).toEqual([lineOfLink]);
  });

  it("fails the catalogue build with file:line, the field and the link", () => {
    const dir = tempFolder({ "AIS.0101.md": entryFile("Read [this](javascript:alert(1)).") });
    try {
      loadCatalogue(dir, dir);
      expect.unreachable("a javascript: link must fail the build");
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      expect((error as Error).message).toMatch(
        /AIS\.0101\.md:\d+: \(body\): link "javascript:alert\(1\)": the scheme "javascript:" is not allowed/,
      );
    }
  });

  it("is reported by scripts/check-content.ts with file:line", () => {
    const dir = tempFolder({ "AIS.0101.md": entryFile('Fine text.\n\n<a href="vbscript:msgbox(1)">x</a>') });
    const file = path.join(dir, "AIS.0101.md");
    let stderr = "";
    try {
      execFileSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/check-content.ts", file], {
        encoding: "utf8",
        stdio: "pipe",
      });
      expect.unreachable("check-content must exit non-zero");
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(stderr).toMatch(/AIS\.0101\.md:\d+: \(body\): raw HTML <a href> "vbscript:msgbox\(1\)"/);
  }, 30_000);
});

describe("links in a team note's body", () => {
  it.each(badForms)("rejects $name, naming the note file and line", ({ markdown, line, says }) => {
    const text = `---\ncode: APIG.0308\ntitle: Month-end runbook\n---\n${markdown}\n`;
    const dir = tempFolder({ "runbook.md": text });
    try {
      loadTeamNotes(dir, entries);
      expect.unreachable("the note must be rejected");
    } catch (error) {
      const problems = (error as CatalogueError).problems;
      expect(problems.every((p) => p.file === path.join(dir, "runbook.md") && p.field === "(body)")).toBe(true);
      expect(problems.filter((p) => p.line === 4 + line).map((p) => p.problem)).toContainEqual(expect.stringContaining(says));
    }
  });

  it("names a bad link even in a note whose code is unknown", () => {
    const dir = tempFolder({ "x.md": "---\ncode: VPC.0301\ntitle: t\n---\n[x](javascript:1)\n" });
    expect(() => loadTeamNotes(dir, entries)).toThrow(/x\.md:5: \(body\): link "javascript:1"/);
  });
});

describe("allowed links", () => {
  const good: [string, string, string][] = [
    [
      "https",
      "[docs](https://support.huaweicloud.com/intl/en-us/ocr/errorcode.html)",
      'href="https://support.huaweicloud.com/intl/en-us/ocr/errorcode.html"',
    ],
    ["http", "[old](http://example.com/a?x=1&y=2)", 'href="http://example.com/a?x=1&amp;y=2"'],
    ["HTTPS in capitals", "[x](HTTPS://EXAMPLE.COM/)", 'href="HTTPS://EXAMPLE.COM/"'],
    ["mailto", "[mail us](mailto:ocr-oncall@example.com)", 'href="mailto:ocr-oncall@example.com"'],
    ["a relative path", "[sibling](../codes/APIG.0301)", 'href="../codes/APIG.0301"'],
    ["a relative file", "[doc](docs/notes.md)", 'href="docs/notes.md"'],
    ["a colon after the first slash", "[doc](./a:b)", 'href="./a:b"'],
    ["an anchor", "[step](#cause-token-expired-step-1)", 'href="#cause-token-expired-step-1"'],
    ["a query", "[search](?q=token+expired)", 'href="?q=token+expired"'],
    ["a code page", "[the 0308 page](/codes/APIG.0308)", 'href="/codes/APIG.0308"'],
    ["an https image", "![chart](https://example.com/chart.png)", 'src="https://example.com/chart.png" alt="chart"'],
    ["an autolink", "<https://example.com/x>", '<a href="https://example.com/x">https://example.com/x</a>'],
    ["a bare www link", "see www.example.com today", 'href="http://www.example.com"'],
    ["a bare e-mail address", "write to ops@example.com", 'href="mailto:ops@example.com"'],
    [
      "a reference-style link",
      '[runbook][rb]\n\n[rb]: https://wiki.example.com/rb "Runbook"',
      '<a href="https://wiki.example.com/rb" title="Runbook">runbook</a>',
    ],
    ["a space in angle brackets", "[x](<https://example.com/a b>)", 'href="https://example.com/a%20b"'],
    ["an &amp; in the query", "[x](https://example.com/?a=1&amp;b=2)", 'href="https://example.com/?a=1&amp;b=2"'],
  ];

  it.each(good)("passes and renders %s", (_name, markdown, rendered) => {
    expect(checkMarkdownLinks(markdown)).toEqual([]);
    expect(parseEntryFile("content/codes/AIS.0101.md", entryFile(markdown)).problems).toEqual([]);
    const html = renderBody(markdown);
    expect(html).toContain(rendered);
    expect(unsafeParts(html)).toEqual([]);
  });

  it("raw HTML with a safe link is not an error (it is shown as text)", () => {
    const markdown = 'A <a href="https://example.com">tag</a>.';
    expect(checkMarkdownLinks(markdown)).toEqual([]);
    expect(renderBody(markdown)).toContain("&lt;a href=&quot;https://example.com&quot;&gt;");
  });

  it("a link-like text in code is not a link", () => {
    const markdown = 'Never write `[x](javascript:alert(1))`:\n\n```html\n<a href="javascript:alert(1)">x</a>\n```';
    expect(checkMarkdownLinks(markdown)).toEqual([]);
    expect(dangerousTargets(renderBody(markdown))).toEqual([]);
  });

  it("every body in content/codes and every example team note passes and renders safely", () => {
    const notes = loadTeamNotes(path.join(process.cwd(), "tests", "fixtures", "team-notes"), entries);
    const bodies = [...entries.map((e) => [e.file, e.body] as const), ...notes.map((n) => [n.file, n.body] as const)];
    expect(bodies.length).toBe(entries.length + notes.length);
    for (const [file, body] of bodies) {
      expect(checkMarkdownLinks(body), file).toEqual([]);
      expect(unsafeParts(renderBody(body)), file).toEqual([]);
    }
  });
});

describe("the renderer (render-markdown.ts) on its own", () => {
  it.each(badForms)("never writes $name into a page", ({ markdown }) => {
    const html = renderBody(markdown);
    expect(unsafeParts(html)).toEqual([]);
  });

  it("the forms are real: marked on its own would put most of them in the page", () => {
    // Guards the test above: if none of these reached a page without the safe renderer, it would prove nothing.
    const reaching = badForms.filter(
      (f) =>
        dangerousTargets(plainMarked.parse(f.markdown) as string).length > 0 ||
        /<(a|img|svg)\b/i.test(plainMarked.parse(f.markdown) as string),
    );
    expect(reaching.length).toBeGreaterThan(badForms.length * 0.8);
  });

  it("keeps a dropped link's text and a dropped image's alt text", () => {
    expect(renderBody("[the console](javascript:alert(1))")).toBe("<p>the console</p>\n");
    expect(renderBody("![a chart](data:image/png,x)")).toBe("<p>a chart</p>\n");
    expect(renderBody("<javascript:alert(1)>")).toBe("<p>javascript:alert(1)</p>\n");
  });

  it("writes the URL it checked, escaped, so a reference in it cannot become another scheme", () => {
    const html = renderBody("[x](https://example.com/?q=&#106;avascript:1&next=%22)");
    expect(html).toContain('href="https://example.com/?q=javascript:1&amp;next=%22"');
    expect(html).not.toContain("&#106;");
  });

  it("escapes raw HTML and the titles of links", () => {
    const html = renderBody(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](https://example.com "a\\" onmouseover=\\"alert(3)")',
    );
    expect(unsafeParts(html)).toEqual([]);
    expect(html).toContain("&lt;script&gt;");
  });

  // Hostile links built from pieces: any case, any prefix a URL parser skips, character references
  // for any letter or the colon, in every Markdown form that carries a URL.
  const scheme = fc.constantFrom("javascript", "data", "vbscript", "file", "ftp", "livescript", "blob");
  const prefix = fc.constantFrom("", " ", "\u0001", "\u001f ", "&#32;", "&#x09;", "&Tab;", "&NewLine;");
  const payload = fc.constantFrom("alert(1)", "text/html,<script>alert(1)</script>", "//example.com/x", "msgbox(1)");
  const disguise = (s: string, pick: number[]) =>
    [...`${s}:`]
      .map((ch, i) => {
        switch (pick[i % pick.length]) {
          case 1:
            return ch.toUpperCase();
          case 2:
            return `&#${ch.charCodeAt(0)};`;
          case 3:
            return `&#x${ch.charCodeAt(0).toString(16)}`;
          case 4:
            return ch === ":" ? "&colon;" : ch;
          case 5:
            return i === 2 ? `\t${ch}` : ch;
          default:
            return ch;
        }
      })
      .join("");
  const form = fc.constantFrom(
    (u: string) => `[x](<${u}>)`,
    (u: string) => `[x](${u})`,
    (u: string) => `![x](<${u}>)`,
    (u: string) => `[x][r]\n\n[r]: <${u}>`,
    (u: string) => `<a href="${u}">x</a>`,
    (u: string) => `<img src='${u}'>`,
    (u: string) => `- item\n- <${u}>`,
  );
  const hostile = fc
    .tuple(scheme, prefix, payload, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }), form)
    .map(([s, p, body, pick, f]) => f(`${p}${disguise(s, pick)}${body}`));

  it("never writes a dangerous href or src, for generated hostile links", () => {
    fc.assert(
      fc.property(hostile, (markdown) => {
        expect(dangerousTargets(renderBody(markdown))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("the build check names every generated hostile link that marked alone would put in a page", () => {
    fc.assert(
      fc.property(hostile, (markdown) => {
        if (dangerousTargets(plainMarked.parse(markdown) as string).length > 0) {
          expect(checkMarkdownLinks(markdown).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
