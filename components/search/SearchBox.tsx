"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { CATEGORIES, LAYERS, type Layer } from "@/lib/catalogue/constants";
import { handoffFragment } from "@/lib/diagnose/share";
import { redact } from "@/lib/classify/redact";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { searchMessages } from "@/lib/i18n/messages/search";
import type { SearchFilters } from "@/lib/search";
import { pasteKind as pasteKindOf } from "@/lib/search/paste";
import { filtersFromParams, homeAddress, PAGE_RESULT_LIMIT, searchUrl, type InitialSearch } from "@/lib/search/url-state";
import { openWithFragment, writeAddress } from "@/components/site/navigation";
import { SearchResults } from "./SearchResults";
import { fallbackInputId } from "./SearchFallback";
import { useSearchModule } from "./useSearchModule";
import { useSlashToFocus } from "./useSlashToFocus";

type Mode = "page" | "header";

const HEADER_LIMIT = 8;
const URL_DEBOUNCE_MS = 250;

function sameFilters(a: SearchFilters, b: SearchFilters): boolean {
  return a.layer === b.layer && a.status === b.status && a.category === b.category;
}

/** Focus moves to the input with the caret after what was typed, as if the box had been there all along. */
function focusAtEnd(input: HTMLInputElement | null) {
  if (!input) return;
  input.focus();
  const end = input.value.length;
  input.setSelectionRange(end, end);
}

/**
 * The one search box. On the home page (mode "page") it shows filters and the
 * results inline and keeps the query in the URL; elsewhere (mode "header") it
 * shows the results under the header. "/" focuses it, the arrow keys move
 * through the results, Enter opens one and Escape clears.
 */
export function SearchBox({ mode, locale, initial }: { mode: Mode; locale: Locale; initial?: InitialSearch }) {
  const m = searchMessages[locale];
  const c = catalogueMessages[locale];
  const router = useRouter();
  const params = useSearchParams();
  // Text typed into the server-rendered fallback before this box took over is kept.
  // "/" pressed before this box took over focused the fallback (public/early-keys.js): the focus comes along too.
  const [fallback] = useState(() => {
    const element = typeof document === "undefined" ? null : (document.getElementById(fallbackInputId(mode)) as HTMLInputElement | null);
    return { typed: element?.value ?? "", focused: element !== null && document.activeElement === element };
  });
  const [query, setQuery] = useState(() => fallback.typed || (mode === "page" ? (params.get("q") ?? "") : ""));
  const [filters, setFilters] = useState<SearchFilters>(() =>
    mode === "page" ? filtersFromParams(new URLSearchParams(params.toString())) : {},
  );
  const [open, setOpen] = useState(mode === "page");
  /** The paste that was too long to hand to the diagnose page in a link, while it is still the query. */
  const [tooLongFor, setTooLongFor] = useState<string | null>(null);
  const handoffTooLong = tooLongFor !== null && tooLongFor === query;
  const { search, load } = useSearchModule(mode === "page" && (params.has("q") || params.size > 0));
  const input = useRef<HTMLInputElement>(null);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const pushed = useRef(false);
  /** The last URL this box wrote, so that following the URL does not undo typing. */
  const written = useRef<string | null>(null);
  const urlTimer = useRef<number | undefined>(undefined);
  /** The query string last followed, so a re-render with the same URL does not undo typing. */
  const seen = useRef(params.toString());
  useSlashToFocus(input);
  useLayoutEffect(() => {
    if (fallback.focused) focusAtEnd(input.current);
  }, [fallback]);

  // The back and forward buttons change the URL: follow them.
  useEffect(() => {
    if (mode !== "page") return;
    const now = params.toString();
    if (now === seen.current) return;
    seen.current = now;
    const here = searchUrl(params.get("q") ?? "", filtersFromParams(new URLSearchParams(params.toString())), locale);
    if (here === written.current) return;
    setQuery(params.get("q") ?? "");
    setFilters(filtersFromParams(new URLSearchParams(params.toString())));
  }, [mode, params, locale]);

  const pasteKind = useMemo(() => pasteKindOf(query), [query]);

  // Keep the query and filters in the URL so a search can be linked, but never a pasted response.
  useEffect(() => {
    if (mode !== "page") return;
    urlTimer.current = window.setTimeout(() => {
      const target = searchUrl(pasteKind ? "" : query.trim(), filters, locale);
      const current = `${window.location.pathname.replace(process.env.NEXT_PUBLIC_BASE_PATH ?? "", "") || "/"}${window.location.search}`;
      if (target === current.replace(/%20/g, "+")) return;
      written.current = target;
      writeAddress(target, pushed.current ? "replace" : "push");
      pushed.current = true;
    }, URL_DEBOUNCE_MS);
    return () => window.clearTimeout(urlTimer.current);
  }, [mode, query, filters, pasteKind, locale]);

  const active = query.trim() !== "" || Object.keys(filters).length > 0;
  const results = useMemo(() => {
    if (!search || !active || pasteKind) return [];
    return search.getSearcher()(query, filters, mode === "page" ? PAGE_RESULT_LIMIT : HEADER_LIMIT);
  }, [search, active, pasteKind, query, filters, mode]);
  // Until the index has loaded, the server's results for the same query stand in (and are all a browser without JavaScript sees).
  const shown = !search && initial && initial.query === query && sameFilters(initial.filters, filters) ? initial.results : results;
  const closest = useMemo(
    () => (search && query.trim() && results.length === 0 && !pasteKind ? search.closestCodes(query, search.searchDocs, 5) : []),
    [search, query, results.length, pasteKind],
  );
  const statuses = useMemo(
    () => (search ? [...new Set(search.searchDocs.flatMap((d) => d.statuses))].sort((a, b) => a - b) : []),
    [search],
  );

  /** Opening a result must not be overtaken by a URL update still waiting to be written. */
  function cancelUrlWrite() {
    window.clearTimeout(urlTimer.current);
  }

  function openResult(index: number) {
    const result = shown[index];
    if (!result) return;
    cancelUrlWrite();
    router.push(localePath(locale, `/codes/${result.doc.slug}`));
  }

  function clear() {
    setQuery("");
    input.current?.focus();
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && shown.length > 0) {
      event.preventDefault();
      setOpen(true);
      links.current[0]?.focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      openResult(0);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (query) clear();
      else if (mode === "header") setOpen(false);
    }
  }

  function onLinkKeyDown(index: number, event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links.current[Math.min(index + 1, shown.length - 1)]?.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index === 0) input.current?.focus();
      else links.current[index - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      clear();
    }
  }

  /** Opens a paste on the diagnose page, masked first and in the link's fragment (never sent to a server). */
  function openOnDiagnose(paste: string) {
    cancelUrlWrite();
    const fragment = handoffFragment(redact(paste).text);
    if (fragment === null) {
      setQuery(paste);
      setTooLongFor(paste);
      setOpen(true);
      return;
    }
    openWithFragment(`${localePath(locale, "/diagnose")}#${fragment}`);
  }

  /**
   * A response pasted into the search box goes straight to the diagnose page, read from the clipboard with its
   * line breaks (a one-line input would drop them). Anything else that is pasted stays a search.
   */
  function onInputPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData("text/plain");
    if (!pasted) return;
    const box = event.currentTarget;
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? box.value.length;
    const after = `${box.value.slice(0, start)}${pasted}${box.value.slice(end)}`;
    if (!pasteKindOf(after)) return;
    event.preventDefault();
    openOnDiagnose(after);
  }

  const resultsId = `search-results-${mode}`;
  const showPanel = open && (query.trim() !== "" || (mode === "page" && active));
  const waiting = !search && shown.length === 0;

  return (
    <div className={mode === "header" ? "relative w-full max-w-md" : "mt-4"}>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced as a search landmark everywhere; <search> is not yet */}
      <form
        role="search"
        action={homeAddress(locale, process.env.NEXT_PUBLIC_BASE_PATH ?? "")}
        method="get"
        onSubmit={(e) => e.preventDefault()}
      >
        <input
          ref={input}
          type="search"
          name="q"
          aria-label={m.label}
          aria-controls={showPanel && shown.length > 0 ? resultsId : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={mode === "page" ? m.placeholderPage : m.placeholderHeader}
          value={query}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onChange={(e) => {
            load();
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onInputKeyDown}
          onPaste={onInputPaste}
          className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm focus:outline-2 focus:outline-blue-700"
          data-testid={`search-input-${mode}`}
        />
      </form>

      {mode === "page" && (
        <div className="mt-2 flex flex-wrap gap-3 text-sm" data-testid="search-filters">
          <label className="flex items-center gap-1">
            {m.filters.layer}
            <select
              value={filters.layer ?? ""}
              onChange={(e) =>
                setFilters(({ layer: _drop, ...rest }) => (e.target.value ? { ...rest, layer: e.target.value as Layer } : rest))
              }
              className="rounded border border-slate-400 bg-white px-1 py-0.5"
            >
              <option value="">{m.filters.anyLayer}</option>
              {LAYERS.map((layer) => (
                <option key={layer} value={layer}>
                  {c.layers[layer].title}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            {m.filters.status}
            <select
              value={filters.status ?? ""}
              onFocus={load}
              onChange={(e) =>
                setFilters(({ status: _drop, ...rest }) => (e.target.value ? { ...rest, status: Number(e.target.value) } : rest))
              }
              className="rounded border border-slate-400 bg-white px-1 py-0.5"
            >
              <option value="">{m.filters.anyStatus}</option>
              {[...new Set([...statuses, ...(filters.status ? [filters.status] : [])])].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            {m.filters.category}
            <select
              value={filters.category ?? ""}
              onChange={(e) =>
                setFilters(({ category: _drop, ...rest }) =>
                  e.target.value ? { ...rest, category: e.target.value as SearchFilters["category"] } : rest,
                )
              }
              className="rounded border border-slate-400 bg-white px-1 py-0.5"
            >
              <option value="">{m.filters.anyCategory}</option>
              {CATEGORIES.map((cat) => (
                <option key={cat} value={cat}>
                  {c.category[cat]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}

      {showPanel && (
        <div
          className={
            mode === "header"
              ? "absolute left-0 right-0 top-full z-20 mt-1 max-h-[70vh] overflow-auto rounded border border-slate-300 bg-white shadow-lg"
              : "mt-3 rounded border border-slate-300"
          }
          data-testid={`search-panel-${mode}`}
        >
          {waiting && (
            <p className="p-3 text-sm" role="status">
              {m.loading}
            </p>
          )}
          {pasteKind && (
            <div className="p-3 text-sm" data-testid="paste-offer">
              {m.paste.looksLike(m.paste.kinds[pasteKind] ?? pasteKind)}{" "}
              <button type="button" onClick={() => openOnDiagnose(query)} className="text-blue-800 underline">
                {m.paste.open}
              </button>
              {m.paste.afterOpen}
              {handoffTooLong && (
                <span role="alert" className="mt-1 block" data-testid="paste-too-long">
                  {m.paste.tooLongBefore}
                  <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">
                    {m.paste.tooLongLink}
                  </Link>
                  {m.paste.tooLongAfter}
                </span>
              )}
            </div>
          )}
          {shown.length > 0 && (
            <SearchResults
              id={resultsId}
              results={shown}
              locale={locale}
              linkRef={(i, el) => (links.current[i] = el)}
              onLinkKeyDown={onLinkKeyDown}
              onOpen={() => {
                cancelUrlWrite();
                setOpen(mode === "page");
              }}
            />
          )}
          {search && !pasteKind && results.length === 0 && active && (
            <div className="p-3 text-sm" role="status" data-testid="no-results">
              <p>{query.trim() ? m.noResults.forQuery(query.trim()) : m.noResults.forFilters}</p>
              {closest.length > 0 && (
                <>
                  <p className="mt-1">{m.noResults.closest}</p>
                  <ul className="mt-1 space-y-0.5">
                    {closest.map(({ doc, reason }) => (
                      <li key={doc.slug}>
                        <Link href={localePath(locale, `/codes/${doc.slug}`)} className="font-mono text-blue-800 underline">
                          {doc.code ?? doc.slug}
                        </Link>{" "}
                        <span lang="en">{doc.message}</span>{" "}
                        <span className="text-slate-600">({m.noResults.reasons[reason] ?? reason})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="mt-1">
                {m.noResults.haveResponse}
                <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">
                  {m.noResults.pasteIt}
                </Link>
                {m.noResults.end}
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
