"use client";

import { Suspense } from "react";
import { usePathname } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The header's search box, on every page but the home page, which has its own. */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  if (pathname === localePath(locale, "/")) return null;
  return (
    <Suspense fallback={<SearchFallback mode="header" locale={locale} />}>
      <SearchBox mode="header" locale={locale} />
    </Suspense>
  );
}
