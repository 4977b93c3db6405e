"use client";

import { Suspense } from "react";
import { usePathname } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The header's search box, on every page but the home page, which has its own. */
export function HeaderSearch({ locale }: { locale: Locale }) {
  // A static host may show the home page at "/zh/" as well as "/zh" (it adds the slash to a folder's name).
  const pathname = usePathname() ?? "/";
  const here = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (here === localePath(locale, "/")) return null;
  return (
    <Suspense fallback={<SearchFallback mode="header" locale={locale} />}>
      <SearchBox mode="header" locale={locale} />
    </Suspense>
  );
}
