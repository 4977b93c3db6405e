"use client";

import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { findingLabel, seenAt } from "@/lib/diagnose/labels";
import type { TimelineData } from "@/lib/diagnose/timeline";
import { Timeline } from "./Timeline";

interface Props {
  findings: readonly Finding[];
  entries: Readonly<Record<string, DiagnoseEntry>>;
  timeline: TimelineData | null;
}

/** Moves to a finding's card without touching the address (which may hold a shared diagnosis). */
function jumpTo(index: number) {
  const card = document.getElementById(`finding-${index}`);
  if (!card) return;
  card.scrollIntoView({ block: "start" });
  card.focus({ preventScroll: true });
}

/** Every error in the paste at a glance: count, first and last seen, and the timeline when the lines carry times. */
export function Overview({ findings, entries, timeline }: Props) {
  const total = findings.reduce((n, f) => n + f.count, 0);
  return (
    <section aria-labelledby="overview-title" className="mt-4 rounded border border-slate-300 p-4" data-testid="overview">
      <h2 id="overview-title" className="text-lg font-semibold">
        Overview: {findings.length} different errors, {total.toLocaleString("en-US")} in all
      </h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Each error with its count and where it was first and last seen</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">Error</th>
              <th scope="col" className="py-1 pr-3 text-right">Count</th>
              <th scope="col" className="py-1 pr-3">First seen</th>
              <th scope="col" className="py-1">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, index) => {
              const entry = f.entrySlug ? entries[f.entrySlug] ?? null : null;
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
                      {findingLabel(f, entry)}
                    </a>
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums" data-testid="overview-count">{f.count.toLocaleString("en-US")}</td>
                  <td className="py-1 pr-3">{seenAt(f.firstLine, f.time)}</td>
                  <td className="py-1">{f.count > 1 ? seenAt(f.lastLine, f.lastTime) : "same"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {timeline && <Timeline data={timeline} total={total} />}
    </section>
  );
}
