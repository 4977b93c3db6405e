import { Suspense } from "react";
import { SearchBox } from "./SearchBox";
import { SearchFallback } from "./SearchFallback";

/** The home page's search box, with filters and results inline. */
export function HomeSearch() {
  return (
    <Suspense fallback={<SearchFallback mode="page" />}>
      <SearchBox mode="page" />
    </Suspense>
  );
}
