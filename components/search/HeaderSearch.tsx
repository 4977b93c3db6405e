"use client";

import { Suspense } from "react";
import { usePathname } from "next/navigation";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The header's search box, on every page but the home page, which has its own. */
export function HeaderSearch() {
  const pathname = usePathname();
  if (pathname === "/") return null;
  return (
    <Suspense fallback={<SearchFallback mode="header" />}>
      <SearchBox mode="header" />
    </Suspense>
  );
}
