import Link from "next/link";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { HTML_LANG, localePath, messagesFor, type Locale } from "@/lib/i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { openSearchPath } from "./opensearch";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * The document of every page in one language: `<html lang>`, the header with search and the language switch, the footer.
 *
 * On a phone (below 640 px) only the header's one row of links stays at the top of the screen (48 px, opaque);
 * the search box is a row of its own under it that scrolls away with the page ("/" still focuses it). From
 * 640 px up, links and search share one sticky bar. The wrappers are `display: contents` on a phone, so the
 * header sticks to the whole page rather than to a wrapper.
 */
export function SiteShell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const { site } = messagesFor(locale);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-slate-900">
        {/* Tiny and from this origin (the CSP allows no inline script): catches "/" before the app has started. */}
        <script src={`${basePath}/early-keys.js`} async />
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title={site.searchEngine}
          href={`${basePath}${openSearchPath(locale)}`}
        />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {site.skipToContent}
        </a>
        <div className="contents sm:sticky sm:top-0 sm:z-10 sm:block sm:border-b sm:border-slate-200 sm:bg-slate-50" data-testid="site-top">
          <div className="contents sm:mx-auto sm:flex sm:max-w-5xl sm:flex-wrap sm:items-center sm:gap-x-4 sm:gap-y-2 sm:px-4 sm:py-3">
            <header
              className="sticky top-0 z-10 flex h-12 items-center border-b border-slate-200 bg-slate-50 px-4 sm:static sm:z-auto sm:h-auto sm:border-0 sm:bg-transparent sm:px-0"
              data-testid="site-header"
            >
              <nav aria-label={site.nav.label} className="flex min-w-0 items-center gap-3 whitespace-nowrap sm:gap-4">
                <Link href={localePath(locale, "/")} className="truncate font-semibold text-slate-900">
                  {site.siteName}
                </Link>
                <Link href={localePath(locale, "/")} className="text-sm text-blue-800 underline-offset-2 hover:underline">
                  {site.nav.catalogue}
                </Link>
                <Link href={localePath(locale, "/diagnose")} className="text-sm text-blue-800 underline-offset-2 hover:underline">
                  <span className="sm:hidden">{site.nav.diagnoseShort}</span>
                  <span className="hidden sm:inline">{site.nav.diagnose}</span>
                </Link>
                <LanguageSwitch locale={locale} />
              </nav>
            </header>
            <div
              className="border-b border-slate-200 bg-slate-50 px-4 py-2 empty:hidden sm:ml-auto sm:flex-1 sm:max-w-md sm:border-0 sm:bg-transparent sm:p-0"
              data-testid="header-search-row"
            >
              <HeaderSearch locale={locale} />
            </div>
          </div>
        </div>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-slate-600">{site.footer}</footer>
      </body>
    </html>
  );
}
