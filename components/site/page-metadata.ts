import type { Metadata } from "next";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";

/** Open Graph's name of each language (og:locale): not text a reader sees, so not in the dictionaries. */
export const OG_LOCALE: Record<Locale, string> = { en: "en_US", zh: "zh_CN" };

export interface PageMetadataInput {
  locale: Locale;
  /** The page's path without language or base path: "/", "/codes/APIG.0308", "/diagnose". */
  path: string;
  title: string;
  description: string;
  /** Pages that should not be indexed (404s). */
  noIndex?: boolean;
}

/**
 * The desk's public origin, from `SITE_URL` (read when the pages are built): "https://errors.example.com".
 * Only the origin counts; the base path comes from BASE_PATH. Undefined when unset or not an http(s) URL.
 */
export function siteOrigin(value: string | undefined = process.env.SITE_URL): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `metadataBase` for the layouts: SITE_URL's origin, or null (never Next's localhost fallback). */
export function metadataBase(value: string | undefined = process.env.SITE_URL): URL | null {
  const origin = siteOrigin(value);
  return origin ? new URL(origin) : null;
}

/** A site path under the base path, as the server answers it: the English home is "/ocr-errors", not "/ocr-errors/". */
export function sitePath(basePath: string, path: string): string {
  return basePath && path === "/" ? basePath : `${basePath}${path}`;
}

/**
 * A page's URL: absolute when SITE_URL is set, otherwise a path from the root with the base path
 * ("/ocr-errors/zh/codes/APIG.0308"), which Next writes as it is when there is no metadataBase.
 */
export function pageUrl(locale: Locale, path: string, options: { basePath?: string; siteUrl?: string } = {}): string {
  const basePath = options.basePath ?? process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  const origin = siteOrigin("siteUrl" in options ? options.siteUrl : process.env.SITE_URL) ?? "";
  return `${origin}${sitePath(basePath, localePath(locale, path))}`;
}

/**
 * A page's metadata: title, description, the canonical link and Open Graph tags (og:title,
 * og:description, og:url = the canonical URL, og:site_name, og:locale and the other language).
 */
export function pageMetadata({ locale, path, title, description, noIndex }: PageMetadataInput): Metadata {
  const site = siteMessages[locale];
  const url = pageUrl(locale, path);
  const other: Locale = locale === "en" ? "zh" : "en";
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      title,
      description,
      url,
      siteName: site.siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: [OG_LOCALE[other]],
    },
    twitter: { card: "summary", title, description },
    ...(noIndex ? { robots: { index: false } } : {}),
  };
}
