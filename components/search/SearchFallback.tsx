import type { Locale } from "@/lib/i18n/locales";
import { searchMessages } from "@/lib/i18n/messages/search";
import { homeAddress, type InitialSearch } from "@/lib/search/url-state";
import { SearchResults } from "./SearchResults";

/** The id of the fallback's input, so the real search box can keep what was typed before it took over. */
export function fallbackInputId(mode: "page" | "header"): string {
  return `search-fallback-${mode}`;
}

/**
 * What the search box looks like before JavaScript runs: a plain form that submits to the home page of its
 * language (which the server renders with the results). "/" focuses it even then (public/early-keys.js).
 */
export function SearchFallback({ mode, locale, initial }: { mode: "page" | "header"; locale: Locale; initial?: InitialSearch }) {
  const m = searchMessages[locale];
  const query = initial?.query.trim() ?? "";
  return (
    <div className={mode === "header" ? "w-full max-w-md" : "mt-4"}>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced as a search landmark everywhere; <search> is not yet */}
      <form role="search" action={homeAddress(locale, process.env.NEXT_PUBLIC_BASE_PATH ?? "")} method="get">
        <input
          id={fallbackInputId(mode)}
          data-early-search=""
          type="search"
          name="q"
          aria-label={m.label}
          placeholder={mode === "page" ? m.placeholderPage : m.placeholderHeader}
          defaultValue={initial?.query}
          className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
        />
      </form>
      {initial && initial.results.length > 0 && (
        <div className="mt-3 rounded border border-slate-300">
          <SearchResults id={`search-results-${mode}-server`} results={initial.results} locale={locale} />
        </div>
      )}
      {initial && query && initial.results.length === 0 && (
        <p className="mt-3 rounded border border-slate-300 p-3 text-sm" data-testid="no-results">
          {m.noResults.forQuery(query)}
        </p>
      )}
    </div>
  );
}
