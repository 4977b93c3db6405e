import type { Metadata } from "next";
import { messagesFor, type Locale } from "@/lib/i18n";
import { OG_LOCALE, metadataBase } from "./page-metadata";

/**
 * The title template and description every page of a language starts from, and `metadataBase`:
 * SITE_URL's origin when it is set (read when the pages are built), otherwise null, so that the
 * canonical link and og:url stay paths and never name localhost.
 */
export function siteMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  return {
    metadataBase: metadataBase(),
    title: { default: site.siteName, template: `%s · ${site.siteName}` },
    description: site.siteDescription,
    openGraph: { type: "website", siteName: site.siteName, locale: OG_LOCALE[locale] },
  };
}
