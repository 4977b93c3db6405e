import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The home page's search box, with filters and results inline. */
export function HomeSearch({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={<SearchFallback mode="page" locale={locale} />}>
      <SearchBox mode="page" locale={locale} />
    </Suspense>
  );
}
