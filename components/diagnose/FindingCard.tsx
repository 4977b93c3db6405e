"use client";

import Link from "next/link";
import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { FIX_OWNER_LABEL, LAYER_INFO, RETRY_LABEL } from "@/lib/catalogue/layers";
import { causeState, shownCause } from "@/lib/diagnose/cause-state";
import { entryLabel, findingLabel, isStatusOnly } from "@/lib/diagnose/labels";
import { escalationPacket } from "@/lib/diagnose/packet";
import { valueLabel } from "@/lib/diagnose/values";
import { CopyButton } from "@/components/CopyButton";
import { CauseSection, stepKey } from "./CauseSection";
import { RequestIds } from "./RequestIds";

const MATCHED_BY_LABEL = {
  code: "the error code",
  message: "the error message",
  status: "the HTTP status only",
} as const;

interface Props {
  index: number;
  finding: Finding;
  /** The entries the page knows, by slug (the finding's entry, its candidates and runner-up). */
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
}

/** The page address of an entry (Link adds the app's base path). */
function entryHref(slug: string): string {
  return `/codes/${slug}`;
}

/*
 * Every link to an entry is rendered with prefetch={false}: Next.js would
 * otherwise fetch each linked page as it scrolls into view, and those
 * requests would tell the server which codes the paste led to. The page is
 * fetched only when the reader follows the link.
 */

function EntryLinks({ slugs, entries }: { slugs: readonly string[]; entries: Readonly<Record<string, DiagnoseEntry>> }) {
  return (
    <ul className="mt-1 space-y-1">
      {slugs.map((slug) => {
        const e = entries[slug];
        return (
          <li key={slug}>
            {e ? (
              <>
                <Link prefetch={false} href={entryHref(slug)} className="font-mono text-blue-800 underline">
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

function seenText(f: Finding): string {
  if (f.count <= 1) return f.firstLine > 0 ? `once, at line ${f.firstLine.toLocaleString("en-US")}` : "once";
  return `${f.count.toLocaleString("en-US")} times: first at line ${f.firstLine.toLocaleString("en-US")}, last starting at line ${f.lastLine.toLocaleString("en-US")}`;
}

function timeText(f: Finding): string | null {
  if (!f.time) return null;
  return f.lastTime && f.lastTime !== f.time ? `first ${f.time}, last ${f.lastTime}` : f.time;
}

export function FindingCard(props: Props) {
  const { index, finding, entries, readerCause, onChooseCause, ticked, onToggleStep, lineAt, lineCount, requestIdTotal } = props;
  const entry = finding.entrySlug ? entries[finding.entrySlug] ?? null : null;
  const runnerUpEntry = finding.runnerUp ? entries[finding.runnerUp.entrySlug] ?? null : null;
  const statusOnly = isStatusOnly(finding);
  const state = causeState(finding, entry, readerCause);
  const cause = shownCause(state);
  const headingId = `finding-${index}-title`;
  const label = findingLabel(finding, entry);
  const sharedMessage = entry && finding.matchedBy === "message" ? (finding.candidates ?? []).filter((s) => s !== entry.slug) : [];
  const time = timeText(finding);

  const packet = () =>
    escalationPacket({
      finding,
      entries,
      readerCause,
      tickedSteps: cause ? cause.steps.map((_, i) => i).filter((i) => ticked.has(stepKey(index, cause.id, i))) : [],
      lineAt,
      lineCount,
      pageUrl: (slug) => `${window.location.origin}${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${entryHref(slug)}`,
      requestIdTotal,
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
        <span className="font-mono" data-testid="finding-code">{label}</span>
        {finding.count > 1 && (
          <span className="rounded bg-slate-200 px-2 text-sm font-normal" data-testid="finding-count">
            seen {finding.count.toLocaleString("en-US")} times
          </span>
        )}
      </h3>

      {statusOnly && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="status-only">
          <p>
            The response carried no error code, only the HTTP status {finding.httpStatus}. The status alone does not say which
            error it was.
          </p>
          {(finding.candidates ?? []).length > 0 ? (
            <>
              <p className="mt-1 font-semibold">HTTP {finding.httpStatus} can mean:</p>
              <EntryLinks slugs={finding.candidates ?? []} entries={entries} />
            </>
          ) : (
            <p className="mt-1">No code in the catalogue is documented with this status.</p>
          )}
        </div>
      )}

      {!entry && !statusOnly && finding.code && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="not-in-catalogue">
          {finding.code} is not in the OCR catalogue. Its family, {finding.family}, belongs to{" "}
          {finding.known ? "this catalogue, but this number is not documented" : "another Huawei Cloud service"}; check
          that service&apos;s error-code page.
        </p>
      )}

      {entry && (
        <p className="mt-1">
          {entry.summary}{" "}
          <Link prefetch={false} href={entryHref(entry.slug)} className="text-blue-800 underline">
            Open the {entry.code ?? "entry"} page
          </Link>
        </p>
      )}

      {sharedMessage.length > 0 && (
        <div className="mt-2 text-sm" data-testid="shared-message">
          <p>The paste shows no code, and this message is also used by:</p>
          <EntryLinks slugs={sharedMessage} entries={entries} />
        </div>
      )}

      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {finding.message && (
          <>
            <dt className="font-semibold">Message</dt>
            <dd className="break-words font-mono" data-testid="finding-message">{finding.message}</dd>
          </>
        )}
        {entry && (
          <>
            <dt className="font-semibold">Layer</dt>
            <dd>{LAYER_INFO[entry.layer].title}</dd>
          </>
        )}
        <dt className="font-semibold">HTTP status</dt>
        <dd data-testid="finding-status">
          {finding.httpStatus ?? "not seen"}
          {finding.httpStatusSource === "catalogue" && " (documented; not seen in the paste)"}
        </dd>
        <dt className="font-semibold">{requestIdTotal > 1 ? `Request ids (${requestIdTotal.toLocaleString("en-US")})` : "Request id"}</dt>
        <dd data-testid="finding-request-ids">
          <RequestIds ids={finding.requestIds ?? []} total={requestIdTotal} />
        </dd>
        <dt className="font-semibold">Seen</dt>
        <dd data-testid="finding-seen">{seenText(finding)}</dd>
        {time && (
          <>
            <dt className="font-semibold">Time</dt>
            <dd data-testid="finding-time">{time}</dd>
          </>
        )}
        {Object.entries(finding.values).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{valueLabel(key).replace(/^./, (c) => c.toUpperCase())}</dt>
            <dd className="break-all font-mono">{value}</dd>
          </div>
        ))}
        <dt className="font-semibold">Matched by</dt>
        <dd data-testid="finding-matched-by">
          {MATCHED_BY_LABEL[finding.matchedBy]}, confidence {Math.round(finding.confidence * 100)}%
          {finding.runnerUp && runnerUpEntry && (
            <>
              {" "}
              (or perhaps{" "}
              <Link prefetch={false} href={entryHref(runnerUpEntry.slug)} className="text-blue-800 underline">
                {entryLabel(runnerUpEntry)}
              </Link>
              , {Math.round(finding.runnerUp.confidence * 100)}%)
            </>
          )}
        </dd>
        {entry && (
          <>
            <dt className="font-semibold">Whose fix</dt>
            <dd>{FIX_OWNER_LABEL[entry.fixOwner]}</dd>
            <dt className="font-semibold">Retry</dt>
            <dd>{RETRY_LABEL[entry.retry.policy]}. {entry.retry.detail}</dd>
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
        />
      )}

      <div className="mt-3">
        <CopyButton label="Copy escalation packet" text={packet} testId={`copy-packet-${index}`} />
      </div>
    </section>
  );
}
