import { localePath, type Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";
import { siteOrigin, sitePath } from "./page-metadata";

/** Where each language's OpenSearch description lives (without the base path). */
export function openSearchPath(locale: Locale): string {
  return localePath(locale, "/opensearch.xml").replace(/^\/\//, "/");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A Host header value that is a host name or address with an optional port, and nothing else. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the description's URLs start with: SITE_URL when it is set; otherwise `http://` and the host
 * the browser asked for (its Host header, checked to be a plain host and port), else the request URL's own.
 * X-Forwarded-Host and X-Forwarded-Proto are never read (Next derives the request URL's scheme from the
 * latter, so the scheme is always http here: set SITE_URL behind a TLS proxy).
 */
export function openSearchOrigin(requestUrl: string, host: string | null, siteUrl: string | undefined = process.env.SITE_URL): string {
  const configured = siteOrigin(siteUrl);
  if (configured) return configured;
  if (host && HOST.test(host)) return `http://${host}`;
  return `http://${new URL(requestUrl).host}`;
}

/**
 * The OpenSearch 1.1 description of one language's search: `<origin>/?q={searchTerms}` or `<origin>/zh?q={searchTerms}`,
 * under a base path `<origin>/ocr-errors?q={searchTerms}` (the home page's own address, so no redirect on the way).
 */
export function openSearchDescription(locale: Locale, origin: string, basePath: string): string {
  const site = siteMessages[locale];
  const home = `${origin}${sitePath(basePath, localePath(locale, "/"))}`;
  const search = `${home}?q={searchTerms}`;
  const self = `${origin}${basePath}${openSearchPath(locale)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${escapeXml(site.searchEngine)}</ShortName>`,
    `  <Description>${escapeXml(site.siteDescription)}</Description>`,
    `  <Language>${locale === "zh" ? "zh-CN" : "en"}</Language>`,
    "  <InputEncoding>UTF-8</InputEncoding>",
    "  <OutputEncoding>UTF-8</OutputEncoding>",
    `  <Image height="16" width="16" type="image/svg+xml">${escapeXml(`${origin}${basePath}/icon.svg`)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(search)}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(self)}"/>`,
    `  <moz:SearchForm>${escapeXml(home)}</moz:SearchForm>`,
    "</OpenSearchDescription>",
    "",
  ].join("\n");
}

/** The route handler's answer for one language. */
export function openSearchResponse(locale: Locale, request: Request): Response {
  const origin = openSearchOrigin(request.url, request.headers.get("host"));
  const body = openSearchDescription(locale, origin, process.env.NEXT_PUBLIC_BASE_PATH ?? "");
  return new Response(body, {
    headers: {
      "Content-Type": "application/opensearchdescription+xml; charset=utf-8",
      // The document names the host it was asked on: a shared cache must not hand it to another host.
      "Cache-Control": "private, max-age=3600",
      Vary: "Host",
    },
  });
}
