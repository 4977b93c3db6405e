import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { InitialSearch } from "@/lib/search/url-state";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The home page's search box, with filters and results inline; `initial` is what the server found for `?q=`. */
export function HomeSearch({ locale, initial }: { locale: Locale; initial?: InitialSearch }) {
  return (
    <Suspense fallback={<SearchFallback mode="page" locale={locale} initial={initial} />}>
      <SearchBox mode="page" locale={locale} initial={initial} />
    </Suspense>
  );
}
