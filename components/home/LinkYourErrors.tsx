"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";
import { DESK_PLACEHOLDER, linkSnippets } from "./snippets";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * The home page's section for developers: print the desk's page of a caught error's code. The server
 * writes a placeholder address; in the browser it becomes this page's own origin and base path.
 */
export function LinkYourErrors({ locale }: { locale: Locale }) {
  const m = siteMessages[locale].home.linkHere;
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => {
    if (/^https?:$/.test(window.location.protocol)) setOrigin(window.location.origin);
  }, []);
  const desk = `${origin ?? DESK_PLACEHOLDER}${basePath}`;
  return (
    <section aria-labelledby="link-here-title" className="mt-10" data-testid="link-here">
      <h2 id="link-here-title" className="text-xl font-semibold">
        {m.title}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{m.intro}</p>
      <p className="mt-1 text-sm text-slate-700" data-testid="link-here-origin">
        {origin ? m.originNote(desk) : m.placeholderNote}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {linkSnippets(desk).map((s) => (
          <figure key={s.language} className="min-w-0">
            <figcaption className="text-sm font-semibold">{s.language}</figcaption>
            <pre
              className="mt-1 overflow-x-auto rounded border border-slate-300 bg-slate-100 p-2 text-xs text-slate-900"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled by keyboard (axe: scrollable-region-focusable)
              tabIndex={0}
              data-testid="link-snippet"
            >
              <code>{s.code}</code>
            </pre>
          </figure>
        ))}
      </div>
    </section>
  );
}
