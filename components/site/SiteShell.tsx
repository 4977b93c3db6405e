import Link from "next/link";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { HTML_LANG, localePath, messagesFor, type Locale } from "@/lib/i18n";
import { LanguageSwitch } from "./LanguageSwitch";

/** The document of every page in one language: `<html lang>`, the header with search and the language switch, the footer. */
export function SiteShell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const { site } = messagesFor(locale);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-slate-900">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {site.skipToContent}
        </a>
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50/95">
          <nav aria-label={site.nav.label} className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href={localePath(locale, "/")} className="font-semibold text-slate-900">
              {site.siteName}
            </Link>
            <Link href={localePath(locale, "/")} className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {site.nav.catalogue}
            </Link>
            <Link href={localePath(locale, "/diagnose")} className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {site.nav.diagnose}
            </Link>
            <LanguageSwitch locale={locale} />
            <div className="ml-auto w-full sm:w-auto sm:flex-1 sm:max-w-md">
              <HeaderSearch locale={locale} />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-slate-600">{site.footer}</footer>
      </body>
    </html>
  );
}
