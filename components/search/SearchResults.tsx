import Link from "next/link";
import type { KeyboardEvent } from "react";
import type { MatchReason, SearchResult } from "@/lib/search";
import type { SearchMessages } from "@/lib/i18n/messages/search";
import { statusText } from "@/lib/catalogue/labels";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { searchMessages } from "@/lib/i18n/messages/search";
import { Highlighted } from "./Highlighted";

const STEP_CHARS = 60;

function truncate(text: string): string {
  return text.length <= STEP_CHARS ? text : `${text.slice(0, STEP_CHARS - 1).trimEnd()}\u2026`;
}

/** One "why it matched" reason in the page's language; the matched text is shown as it is. */
function whyText(reason: MatchReason, m: SearchMessages): string {
  const value = reason.kind === "step" ? truncate(reason.value ?? "") : (reason.value ?? "");
  return m.why[reason.kind](value);
}

interface Props {
  results: SearchResult[];
  /** Called with each result link so the search box can move focus with the arrow keys (not on the server's plain list). */
  linkRef?: (index: number, element: HTMLAnchorElement | null) => void;
  onLinkKeyDown?: (index: number, event: KeyboardEvent<HTMLAnchorElement>) => void;
  onOpen?: () => void;
  id: string;
  locale: Locale;
}

/**
 * The ranked results: code, layer, status and message with the matched words marked, and why each matched.
 * Rendered by the search box, and by the server for a browser without JavaScript (then without handlers).
 */
export function SearchResults({ results, linkRef, onLinkKeyDown, onOpen, id, locale }: Props) {
  const m = searchMessages[locale];
  const c = catalogueMessages[locale];
  return (
    <ol id={id} aria-label={m.resultsLabel} className="divide-y divide-slate-200" data-testid="search-results">
      {results.map((result, index) => {
        const { doc } = result;
        const messageHighlight = result.highlights.find((h) => h.field === "messages" && h.value === doc.message);
        const otherHighlight = result.highlights.find((h) => h !== messageHighlight && h.field !== "code");
        return (
          <li key={doc.slug}>
            <Link
              href={localePath(locale, `/codes/${doc.slug}`)}
              ref={linkRef && ((element) => linkRef(index, element))}
              onKeyDown={onLinkKeyDown && ((event) => onLinkKeyDown(index, event))}
              onClick={onOpen}
              className="block px-3 py-2 hover:bg-slate-100 focus:bg-blue-50 focus:outline-2 focus:outline-blue-700"
              data-testid="search-result"
            >
              <span className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-mono font-semibold">{doc.code ?? c.noCode}</span>
                <span className="text-xs text-slate-600">{c.layers[doc.layer].title}</span>
                <span className="font-mono text-xs text-slate-600">
                  {doc.statuses.length > 0 || doc.httpStatus !== null ? `HTTP ${statusText(doc, locale)}` : statusText(doc, locale)}
                </span>
              </span>
              <span lang="en" className="block text-sm">
                {messageHighlight ? <Highlighted value={doc.message} ranges={messageHighlight.ranges} /> : doc.message}
              </span>
              {locale === "zh" && doc.summaryZh && <span className="block text-xs text-slate-700">{doc.summaryZh}</span>}
              {otherHighlight && (
                <span className="block truncate text-xs text-slate-700">
                  <Highlighted value={otherHighlight.value} ranges={otherHighlight.ranges} />
                </span>
              )}
              {result.why.length > 0 && (
                <span className="block text-xs text-slate-600" data-testid="why-matched">
                  {m.matched} {result.why.map((reason) => whyText(reason, m)).join(locale === "zh" ? "，" : ", ")}
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
