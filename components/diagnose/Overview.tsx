"use client";

import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { findingLabel, seenAt } from "@/lib/diagnose/labels";
import type { TimelineData } from "@/lib/diagnose/timeline";
import type { Locale } from "@/lib/i18n/locales";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";
import { Timeline } from "./Timeline";

interface Props {
  findings: readonly Finding[];
  entries: Readonly<Record<string, DiagnoseEntry>>;
  timeline: TimelineData | null;
  locale: Locale;
}

/** Moves to a finding's card without touching the address (which may hold a shared diagnosis). */
function jumpTo(index: number) {
  const card = document.getElementById(`finding-${index}`);
  if (!card) return;
  card.scrollIntoView({ block: "start" });
  card.focus({ preventScroll: true });
}

/** Every error in the paste at a glance: count, first and last seen, and the timeline when the lines carry times. */
export function Overview({ findings, entries, timeline, locale }: Props) {
  const m = diagnoseMessages[locale].overview;
  const total = findings.reduce((n, f) => n + f.count, 0);
  return (
    <section aria-labelledby="overview-title" className="mt-4 rounded border border-slate-300 p-4" data-testid="overview">
      <h2 id="overview-title" className="text-lg font-semibold">
        {m.heading(findings.length, total)}
      </h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{m.caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {m.error}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {m.count}
              </th>
              <th scope="col" className="py-1 pr-3">
                {m.firstSeen}
              </th>
              <th scope="col" className="py-1">
                {m.lastSeen}
              </th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, index) => {
              const entry = f.entrySlug ? (entries[f.entrySlug] ?? null) : null;
              return (
                <tr key={index} className="border-b border-slate-200" data-testid="overview-row">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <a
                      href={`#finding-${index}`}
                      onClick={(e) => {
                        e.preventDefault();
                        jumpTo(index);
                      }}
                      className="font-mono text-blue-800 underline"
                    >
                      {findingLabel(f, entry, locale)}
                    </a>
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums" data-testid="overview-count">
                    {f.count.toLocaleString("en-US")}
                  </td>
                  <td className="py-1 pr-3">{seenAt(f.firstLine, f.time, locale)}</td>
                  <td className="py-1">{f.count > 1 ? seenAt(f.lastLine, f.lastTime, locale) : m.same}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {timeline && <Timeline data={timeline} total={total} locale={locale} />}
    </section>
  );
}
