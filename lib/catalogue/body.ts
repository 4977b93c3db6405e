import { Marked, type Token, type TokensList } from "marked";
import { safeAttributeUrl } from "./url-policy";

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Safe by construction, whatever the build checks let through:
 * - raw HTML in the Markdown (content files, or a team's notes) is shown as text, never as markup;
 * - a link or image is written only when its target passes url-policy.ts (http:, https:, mailto:
 *   or relative), and then as the exact URL that was checked, HTML-escaped, so a character
 *   reference cannot turn it into another one in the browser. Any other link shows its text
 *   alone; any other image shows its alt text alone.
 * links.ts reports the same links at build time, with the file and line.
 */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeAttributeUrl(token.href, token.autolink === true);
      if (href === null) return text;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
      return `<a href="${escapeHtml(href)}"${title}>${text}</a>`;
    },
    image(token) {
      const alt = escapeHtml(token.tokens ? this.parser.parseInline(token.tokens, this.parser.textRenderer) : token.text);
      const src = safeAttributeUrl(token.href);
      if (src === null) return alt;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
      return `<img src="${escapeHtml(src)}" alt="${alt}"${title}>`;
    },
  },
});

/** Renders "what went wrong" text or a team note from Markdown to HTML. */
export function renderBody(source: string): string {
  return markdown.parse(source) as string;
}

/** The tokens renderBody works from (same options), for the build-time checks in links.ts. */
export function lexBody(source: string): TokensList {
  return markdown.lexer(source);
}

/** Calls `visit` with every token under `tokens`, nested ones included, in document order. */
export function walkBodyTokens(tokens: Token[], visit: (token: Token) => void): void {
  markdown.walkTokens(tokens, visit);
}
