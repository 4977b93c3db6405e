"use client";

import { useCallback, useEffect, useState } from "react";

type SearchModule = typeof import("@/lib/search");

let loading: Promise<SearchModule> | null = null;

/** Loads the search index lazily (it is not part of any page's first-load JavaScript). */
export function loadSearchModule(): Promise<SearchModule> {
  loading ??= import("@/lib/search");
  return loading;
}

/** The search module once loaded; `load` starts loading (on focus, on typing, or when the page is idle). */
export function useSearchModule(eager = false): { search: SearchModule | null; load: () => void } {
  const [search, setSearch] = useState<SearchModule | null>(null);
  const load = useCallback(() => {
    loadSearchModule().then(setSearch, () => setSearch(null));
  }, []);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  return { search, load };
}
