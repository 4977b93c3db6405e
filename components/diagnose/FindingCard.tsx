"use client";

import Link from "next/link";
import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { causeState, shownCause } from "@/lib/diagnose/cause-state";
import { entryLabel, findingLabel, isStatusOnly } from "@/lib/diagnose/labels";
import { escalationPacket } from "@/lib/diagnose/packet";
import { valueLabel } from "@/lib/diagnose/values";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { diagnoseMessages, type DiagnoseMessages } from "@/lib/i18n/messages/diagnose";
import { CopyButton } from "@/components/CopyButton";
import { CauseSection, stepKey } from "./CauseSection";
import { RequestIds } from "./RequestIds";

interface Props {
  index: number;
  finding: Finding;
  /** The entries the page knows, by slug (the finding's entry, its candidates and runner-up), in the page's language. */
  entries: Readonly<Record<string, DiagnoseEntry>>;
  /** The cause the reader chose, or null. */
  readerCause: string | null;
  onChooseCause: (causeId: string) => void;
  ticked: ReadonlySet<string>;
  onToggleStep: (key: string) => void;
  /** Line n (1-based) of the redacted paste, or null when not available. */
  lineAt: (n: number) => string | null;
  lineCount: number;
  /** Distinct request ids in the whole paste (more than finding.requestIds when a shared link lists only some). */
  requestIdTotal: number;
  locale: Locale;
}

/** The page address of an entry in the page's language (Link adds the app's base path). */
function entryHref(slug: string, locale: Locale): string {
  return localePath(locale, `/codes/${slug}`);
}

/*
 * Every link to an entry is rendered with prefetch={false}: Next.js would
 * otherwise fetch each linked page as it scrolls into view, and those
 * requests would tell the server which codes the paste led to. The page is
 * fetched only when the reader follows the link.
 */

function EntryLinks({
  slugs,
  entries,
  locale,
}: {
  slugs: readonly string[];
  entries: Readonly<Record<string, DiagnoseEntry>>;
  locale: Locale;
}) {
  return (
    <ul className="mt-1 space-y-1">
      {slugs.map((slug) => {
        const e = entries[slug];
        return (
          <li key={slug}>
            {e ? (
              <>
                <Link prefetch={false} href={entryHref(slug, locale)} className="font-mono text-blue-800 underline">
                  {entryLabel(e)}
                </Link>
                {": "}
                {e.summary}
              </>
            ) : (
              <span className="font-mono">{slug}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function seenText(f: Finding, m: DiagnoseMessages["card"]): string {
  if (f.count <= 1) return f.firstLine > 0 ? m.seenOnceAt(f.firstLine) : m.seenOnce;
  return m.seenTimes(f.count, f.firstLine, f.lastLine);
}

function timeText(f: Finding, m: DiagnoseMessages["card"]): string | null {
  if (!f.time) return null;
  return f.lastTime && f.lastTime !== f.time ? m.timeSpan(f.time, f.lastTime) : f.time;
}

export function FindingCard(props: Props) {
  const { index, finding, entries, readerCause, onChooseCause, ticked, onToggleStep, lineAt, lineCount, requestIdTotal, locale } = props;
  const m = diagnoseMessages[locale].card;
  const vocabulary = catalogueMessages[locale];
  const entry = finding.entrySlug ? (entries[finding.entrySlug] ?? null) : null;
  const runnerUpEntry = finding.runnerUp ? (entries[finding.runnerUp.entrySlug] ?? null) : null;
  const statusOnly = isStatusOnly(finding);
  const state = causeState(finding, entry, readerCause);
  const cause = shownCause(state);
  const headingId = `finding-${index}-title`;
  const label = findingLabel(finding, entry, locale);
  const sharedMessage = entry && finding.matchedBy === "message" ? (finding.candidates ?? []).filter((s) => s !== entry.slug) : [];
  const time = timeText(finding, m);

  const packet = () =>
    escalationPacket({
      finding,
      entries,
      readerCause,
      tickedSteps: cause ? cause.steps.map((_, i) => i).filter((i) => ticked.has(stepKey(index, cause.id, i))) : [],
      lineAt,
      lineCount,
      pageUrl: (slug) => `${window.location.origin}${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${entryHref(slug, locale)}`,
      requestIdTotal,
      locale,
    });

  return (
    <section
      id={`finding-${index}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="mt-4 rounded border border-slate-300 p-4"
      data-testid="finding"
    >
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 text-xl font-semibold">
        <span className="font-mono" data-testid="finding-code">
          {label}
        </span>
        {finding.count > 1 && (
          <span className="rounded bg-slate-200 px-2 text-sm font-normal" data-testid="finding-count">
            {m.seenCount(finding.count)}
          </span>
        )}
      </h3>

      {statusOnly && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="status-only">
          <p>{m.statusOnly(finding.httpStatus)}</p>
          {(finding.candidates ?? []).length > 0 ? (
            <>
              <p className="mt-1 font-semibold">{m.canMean(finding.httpStatus)}</p>
              <EntryLinks slugs={finding.candidates ?? []} entries={entries} locale={locale} />
            </>
          ) : (
            <p className="mt-1">{m.noCandidates}</p>
          )}
        </div>
      )}

      {!entry && !statusOnly && finding.code && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="not-in-catalogue">
          {m.notInCatalogue(finding.code, finding.family, finding.known)}
        </p>
      )}

      {entry && (
        <p className="mt-1">
          {entry.summary}{" "}
          <Link prefetch={false} href={entryHref(entry.slug, locale)} className="text-blue-800 underline">
            {m.openPage(entry.code)}
          </Link>
        </p>
      )}

      {sharedMessage.length > 0 && (
        <div className="mt-2 text-sm" data-testid="shared-message">
          <p>{m.sharedMessage}</p>
          <EntryLinks slugs={sharedMessage} entries={entries} locale={locale} />
        </div>
      )}

      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {finding.message && (
          <>
            <dt className="font-semibold">{m.message}</dt>
            <dd className="break-words font-mono" data-testid="finding-message">
              {finding.message}
            </dd>
          </>
        )}
        {entry && (
          <>
            <dt className="font-semibold">{m.layer}</dt>
            <dd>{vocabulary.layers[entry.layer].title}</dd>
          </>
        )}
        <dt className="font-semibold">{m.httpStatus}</dt>
        <dd data-testid="finding-status">
          {finding.httpStatus ?? m.statusNotSeen}
          {finding.httpStatusSource === "catalogue" && m.statusDocumented}
        </dd>
        <dt className="font-semibold">{requestIdTotal > 1 ? m.requestIds(requestIdTotal) : m.requestId}</dt>
        <dd data-testid="finding-request-ids">
          <RequestIds ids={finding.requestIds ?? []} total={requestIdTotal} locale={locale} />
        </dd>
        <dt className="font-semibold">{m.seen}</dt>
        <dd data-testid="finding-seen">{seenText(finding, m)}</dd>
        {time && (
          <>
            <dt className="font-semibold">{m.time}</dt>
            <dd data-testid="finding-time">{time}</dd>
          </>
        )}
        {Object.entries(finding.values).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{diagnoseMessages[locale].values.heading(valueLabel(key, locale))}</dt>
            <dd className="break-all font-mono">{value}</dd>
          </div>
        ))}
        <dt className="font-semibold">{m.matchedByLabel}</dt>
        <dd data-testid="finding-matched-by">
          {m.confidence(m.matchedBy[finding.matchedBy], Math.round(finding.confidence * 100))}
          {finding.runnerUp && runnerUpEntry && (
            <>
              {m.runnerUpBefore}
              <Link prefetch={false} href={entryHref(runnerUpEntry.slug, locale)} className="text-blue-800 underline">
                {entryLabel(runnerUpEntry)}
              </Link>
              {m.runnerUpAfter(Math.round(finding.runnerUp.confidence * 100))}
            </>
          )}
        </dd>
        {entry && (
          <>
            <dt className="font-semibold">{m.whoseFix}</dt>
            <dd>{vocabulary.fixOwner[entry.fixOwner]}</dd>
            <dt className="font-semibold">{m.retry}</dt>
            <dd>{m.retryText(vocabulary.retry[entry.retry.policy], entry.retry.detail)}</dd>
          </>
        )}
      </dl>

      {entry && (
        <CauseSection
          index={index}
          finding={finding}
          entry={entry}
          state={state}
          onChooseCause={onChooseCause}
          ticked={ticked}
          onToggleStep={onToggleStep}
          locale={locale}
        />
      )}

      <div className="mt-3">
        <CopyButton label={m.copyPacket} text={packet} testId={`copy-packet-${index}`} locale={locale} />
      </div>
    </section>
  );
}
