import { Marked, type Token, type TokensList } from "marked";
import { localePath, type Locale } from "../i18n/locales";
import { safeAttributeUrl } from "./url-policy";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A site path in the body ("/codes/APIG.0308", "/diagnose") as the page's language writes it; other links as they are. */
function sitePath(href: string, locale: Locale): string {
  return locale !== "en" && /^\/(?:codes\/|diagnose(?:$|[?#])|$)/.test(href) ? localePath(locale, href) : href;
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
function createMarked(locale: Locale): Marked {
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      html(token) {
        return escapeHtml(token.text);
      },
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        const href = safeAttributeUrl(token.href, token.autolink === true);
        const target = href === null ? null : sitePath(href, locale);
        if (target === null) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        return `<a href="${escapeHtml(target)}"${title}>${text}</a>`;
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
}

const markdown = createMarked("en");
const byLocale = new Map<Locale, Marked>([["en", markdown]]);

/**
 * Renders "what went wrong" text or a team note from Markdown to HTML. On a page in
 * another language, links to the site's own pages point to that language's pages.
 */
export function renderBody(source: string, locale: Locale = "en"): string {
  let marked = byLocale.get(locale);
  if (!marked) {
    marked = createMarked(locale);
    byLocale.set(locale, marked);
  }
  return marked.parse(source) as string;
}

/** The tokens renderBody works from (same options), for the build-time checks in links.ts. */
export function lexBody(source: string): TokensList {
  return markdown.lexer(source);
}

/** Calls `visit` with every token under `tokens`, nested ones included, in document order. */
export function walkBodyTokens(tokens: Token[], visit: (token: Token) => void): void {
  markdown.walkTokens(tokens, visit);
}
