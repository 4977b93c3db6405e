import type { Metadata } from "next";
import { messagesFor, type Locale } from "@/lib/i18n";

/** The title template and description every page of a language starts from. */
export function siteMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  return {
    title: { default: site.siteName, template: `%s · ${site.siteName}` },
    description: site.siteDescription,
  };
}
