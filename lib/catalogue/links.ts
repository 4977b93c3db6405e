import type { Token } from "marked";
import { lexBody, walkBodyTokens } from "./render-markdown";
import { ALLOWED_LINKS_TEXT, checkUrl, firstControlCharacter } from "./url-policy";

/**
 * The build-time check of the links in a Markdown body (a content file's
 * "what went wrong" text, a team note): every link, image, reference
 * definition, autolink and URL attribute of raw HTML whose target the page
 * must not carry (see url-policy.ts) is reported with its line and the link
 * as written. The renderer (render-markdown.ts) drops the same links on its own, so a
 * skipped check still cannot put one on a page; this check says where to fix it.
 */

export interface LinkProblem {
  /** 1-based line in the file (or in the Markdown, when no first line is given). */
  line: number;
  problem: string;
}

// Attributes of raw HTML that hold a URL a browser would follow or load.
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "background",
  "cite",
  "data",
  "longdesc",
  "lowsrc",
  "dynsrc",
  "usemap",
  "manifest",
  "ping",
  "codebase",
  "classid",
  "archive",
  "icon",
  "profile",
]);

interface HtmlUrl {
  tag: string;
  attribute: string;
  /** The value as written (character references not decoded). */
  value: string;
  /** Where the value starts in the HTML. */
  offset: number;
}

function isHtmlSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

/**
 * The URL-holding attributes of every start tag in a piece of HTML, read the way
 * a browser tokenizes a tag (quoted, unquoted and bare attributes, "/" between them).
 */
function urlsInHtml(html: string): HtmlUrl[] {
  const found: HtmlUrl[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const open = html.indexOf("<", i);
    if (open < 0) break;
    i = open + 1;
    if (!isAsciiLetter(html[i])) continue;
    const nameStart = i;
    while (i < n && !isHtmlSpace(html[i]) && html[i] !== "/" && html[i] !== ">") i++;
    const tag = html.slice(nameStart, i).toLowerCase();
    while (i < n) {
      while (i < n && (isHtmlSpace(html[i]) || html[i] === "/")) i++;
      if (i >= n) break;
      if (html[i] === ">") {
        i++;
        break;
      }
      const attributeStart = i;
      i++; // the first character of a name may be anything, "=" included
      while (i < n && !isHtmlSpace(html[i]) && html[i] !== "/" && html[i] !== ">" && html[i] !== "=") i++;
      const attribute = html.slice(attributeStart, i).toLowerCase();
      let j = i;
      while (j < n && isHtmlSpace(html[j])) j++;
      if (html[j] !== "=") {
        i = j;
        continue;
      }
      j++;
      while (j < n && isHtmlSpace(html[j])) j++;
      let value: string;
      let valueStart: number;
      if (html[j] === '"' || html[j] === "'") {
        valueStart = j + 1;
        const close = html.indexOf(html[j]!, valueStart);
        value = html.slice(valueStart, close < 0 ? n : close);
        i = close < 0 ? n : close + 1;
      } else {
        valueStart = j;
        let k = j;
        while (k < n && !isHtmlSpace(html[k]) && html[k] !== ">") k++;
        value = html.slice(j, k);
        i = k;
      }
      if (URL_ATTRIBUTES.has(attribute)) found.push({ tag, attribute, value, offset: valueStart });
    }
  }
  return found;
}

/** The URLs of a srcset value ("a.png 1x, b.png 2x"). */
function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(" ")[0]!)
    .filter((url) => url.length > 0);
}

/** A link as written, cut to a readable length for an error message. */
function quote(link: string): string {
  const short = link.length > 100 ? `${link.slice(0, 97)}...` : link;
  return JSON.stringify(short);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Every link in `markdown` that a page must not carry. `firstLine` is the line of
 * the file on which the Markdown starts (after the front matter), so the lines
 * reported are the file's own.
 */
export function checkMarkdownLinks(markdown: string, firstLine = 1): LinkProblem[] {
  const text = markdown.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
  const starts = lineStarts(text);
  const problems: LinkProblem[] = [];
  const report = (offset: number, problem: string) => problems.push({ line: firstLine + lineAt(starts, offset), problem });
  const refuse = (offset: number, what: string, url: string, literal = false) => {
    const verdict = checkUrl(url, literal);
    if (!verdict.ok) report(offset, `${what} ${quote(url)}: ${verdict.reason}; links may only be ${ALLOWED_LINKS_TEXT}`);
  };

  // A control character has no business in prose, and can hide a link from the Markdown parser
  // while a browser or another renderer still reads one.
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const control = firstControlCharacter(text.slice(start, end), true);
    if (control) report(start, `contains the control character ${control}; remove it`);
  });

  // Top-level tokens follow each other in the text; a nested token is searched
  // for inside its block, after the one before it.
  let blockStart = 0;
  for (const block of lexBody(text)) {
    const at = text.startsWith(block.raw, blockStart) ? blockStart : text.indexOf(block.raw, blockStart);
    const start = at < 0 ? blockStart : at;
    let cursor = start;
    const place = (raw: string) => {
      const found = text.indexOf(raw, cursor);
      if (found < 0) return cursor;
      cursor = found + 1;
      return found;
    };
    walkBodyTokens([block], (token: Token) => {
      switch (token.type) {
        case "link": {
          // A reference link ([text][ref]) does not show its target; name both.
          const what = token.autolink ? "autolink" : token.raw.includes(token.href) ? "link" : `link ${token.raw} to`;
          refuse(place(token.raw), what, token.href, token.autolink === true);
          break;
        }
        case "image":
          refuse(place(token.raw), "image", token.href);
          break;
        case "def":
          refuse(place(token.raw), `link definition [${token.tag}]:`, token.href);
          break;
        case "html": {
          const offset = place(token.raw);
          for (const found of urlsInHtml(token.raw)) {
            const what = `raw HTML <${found.tag} ${found.attribute}>`;
            const urls = found.attribute === "srcset" ? srcsetUrls(found.value) : [found.value];
            for (const url of urls) refuse(offset + found.offset, what, url);
          }
          break;
        }
      }
    });
    if (at >= 0) blockStart = at + block.raw.length;
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The 1-based line of a file on which its (trimmed) Markdown body starts. */
export function bodyFirstLine(fileSource: string, body: string): number {
  const at = body.length > 0 ? fileSource.lastIndexOf(body) : -1;
  if (at < 0) return 1;
  return lineStarts(fileSource.slice(0, at)).length;
}
