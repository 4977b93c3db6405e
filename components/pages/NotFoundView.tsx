import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/components/site/page-metadata";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";
import { CodeAddressHelp } from "./CodeAddressHelp";

export function notFoundMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  // An address with nothing behind it has no canonical URL: title, description and Open Graph text only.
  const {
    alternates: _none,
    openGraph,
    ...rest
  } = pageMetadata({
    locale,
    path: "/",
    title: site.notFound.title,
    description: site.siteDescription,
    noIndex: true,
  });
  const { url: _noUrl, ...og } = (openGraph ?? {}) as Record<string, unknown>;
  return { ...rest, title: { absolute: `${site.notFound.title} · ${site.siteName}` }, openGraph: og as Metadata["openGraph"] };
}

/**
 * What an address with nothing behind it shows, in the language of the part of the site it is in. On a
 * static host this page is 404.html, answering code page addresses too: CodeAddressHelp then redirects
 * other spellings and shows the unknown-code text in the browser.
 */
export function NotFoundView({ locale }: { locale: Locale }) {
  const { notFound: m } = messagesFor(locale).site;
  return (
    <CodeAddressHelp locale={locale}>
      <div data-testid="not-found">
        <h1 className="text-2xl font-bold">{m.title}</h1>
        <p className="mt-2">
          {m.before}
          <Link href={localePath(locale, "/")} className="text-blue-800 underline">
            {m.catalogue}
          </Link>
          {m.middle}
          <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">
            {m.diagnose}
          </Link>
          {m.after}
        </p>
      </div>
    </CodeAddressHelp>
  );
}
