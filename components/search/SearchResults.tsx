"use client";

import Link from "next/link";
import type { KeyboardEvent } from "react";
import type { SearchResult } from "@/lib/search";
import { LAYER_INFO } from "@/lib/catalogue/layers";
import { statusText } from "@/lib/catalogue/markdown";
import { Highlighted } from "./Highlighted";

interface Props {
  results: SearchResult[];
  /** Called with each result link so the search box can move focus with the arrow keys. */
  linkRef: (index: number, element: HTMLAnchorElement | null) => void;
  onLinkKeyDown: (index: number, event: KeyboardEvent<HTMLAnchorElement>) => void;
  onOpen?: () => void;
  id: string;
}

/** The ranked results: code, layer, status and message with the matched words marked, and why each matched. */
export function SearchResults({ results, linkRef, onLinkKeyDown, onOpen, id }: Props) {
  return (
    <ol id={id} aria-label="Search results" className="divide-y divide-slate-200" data-testid="search-results">
      {results.map((result, index) => {
        const { doc } = result;
        const messageHighlight = result.highlights.find((h) => h.field === "messages" && h.value === doc.message);
        const otherHighlight = result.highlights.find((h) => h !== messageHighlight && h.field !== "code");
        return (
          <li key={doc.slug}>
            <Link
              href={`/codes/${doc.slug}`}
              ref={(element) => linkRef(index, element)}
              onKeyDown={(event) => onLinkKeyDown(index, event)}
              onClick={onOpen}
              className="block px-3 py-2 hover:bg-slate-100 focus:bg-blue-50 focus:outline-2 focus:outline-blue-700"
              data-testid="search-result"
            >
              <span className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-mono font-semibold">{doc.code ?? "No documented code"}</span>
                <span className="text-xs text-slate-600">{LAYER_INFO[doc.layer].title}</span>
                <span className="font-mono text-xs text-slate-600">HTTP {statusText(doc)}</span>
              </span>
              <span className="block text-sm">
                {messageHighlight ? <Highlighted value={doc.message} ranges={messageHighlight.ranges} /> : doc.message}
              </span>
              {otherHighlight && (
                <span className="block truncate text-xs text-slate-700">
                  <Highlighted value={otherHighlight.value} ranges={otherHighlight.ranges} />
                </span>
              )}
              {result.why.length > 0 && (
                <span className="block text-xs text-slate-600" data-testid="why-matched">
                  Matched: {result.why.join(", ")}
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
