"use client";

import Link from "next/link";
import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { FIX_OWNER_LABEL, LAYER_INFO, RETRY_LABEL } from "@/lib/catalogue/layers";
import { escalationPacket } from "@/lib/diagnose/packet";
import { CopyButton } from "@/components/CopyButton";

const MATCHED_BY_LABEL = {
  code: "the error code",
  message: "the error message",
  status: "the HTTP status only",
} as const;

const VALUE_LABEL: Record<string, string> = {
  templateId: "Template id",
  apiId: "API id",
  policy: "Throttling policy",
  limit: "Rate limit",
  window: "Limit window",
  expiresAt: "Token expired at",
  protocol: "Protocol",
  ak: "Access key",
  endpoint: "Endpoint",
  region: "Region",
  time: "Time",
};

interface Props {
  index: number;
  finding: Finding;
  entry: DiagnoseEntry | null;
  runnerUpEntry: DiagnoseEntry | null;
  causeId: string | null;
  onChooseCause: (causeId: string) => void;
  ticked: ReadonlySet<string>;
  onToggleStep: (key: string) => void;
  redactedPaste: string;
}

/** The page address of an entry, with the app's base path. */
function entryHref(slug: string): string {
  return `/codes/${slug}`;
}

export function stepKey(index: number, causeId: string, step: number): string {
  return `${index}:${causeId}:${step}`;
}

export function FindingCard(props: Props) {
  const { index, finding, entry, runnerUpEntry, causeId, onChooseCause, ticked, onToggleStep, redactedPaste } = props;
  const cause = entry?.causes.find((c) => c.id === causeId) ?? null;
  const headingId = `finding-${index}-title`;
  const label = finding.code ?? finding.codeAsWritten ?? (entry ? entry.code ?? "No documented code" : `HTTP ${finding.httpStatus}`);

  const tickedSteps = cause
    ? cause.steps.map((_, i) => i).filter((i) => ticked.has(stepKey(index, cause.id, i)))
    : [];
  const packet = () =>
    escalationPacket({
      finding,
      entry,
      causeId: cause?.id ?? null,
      tickedSteps,
      redactedPaste,
      pageUrl: entry ? `${window.location.origin}${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${entryHref(entry.slug)}` : null,
    });

  return (
    <section aria-labelledby={headingId} className="mt-4 rounded border border-slate-300 p-4" data-testid="finding">
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 text-xl font-semibold">
        <span className="font-mono" data-testid="finding-code">{label}</span>
        {finding.count > 1 && (
          <span className="rounded bg-slate-200 px-2 text-sm font-normal" data-testid="finding-count">
            seen {finding.count} times
          </span>
        )}
      </h3>

      {!entry && finding.code && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="not-in-catalogue">
          {finding.code} is not in the OCR catalogue. Its family, {finding.family}, belongs to{" "}
          {finding.known ? "this catalogue, but this number is not documented" : "another Huawei Cloud service"}; check
          that service&apos;s error-code page.
        </p>
      )}

      {entry && (
        <p className="mt-1">
          {entry.summary}{" "}
          <Link href={entryHref(entry.slug)} className="text-blue-800 underline">
            Open the {entry.code ?? "entry"} page
          </Link>
        </p>
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
        <dt className="font-semibold">Request id</dt>
        <dd className="font-mono" data-testid="finding-request-id">{finding.requestId ?? "not seen"}</dd>
        {Object.entries(finding.values).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{VALUE_LABEL[key] ?? key}</dt>
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
              <Link href={entryHref(runnerUpEntry.slug)} className="text-blue-800 underline">
                {runnerUpEntry.code ?? runnerUpEntry.message}
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
        <fieldset className="mt-3">
          <legend className="font-semibold">Cause</legend>
          <div className="mt-1 flex flex-col gap-1">
            {entry.causes.map((c) => (
              <label key={c.id} className="flex items-start gap-2">
                <input
                  type="radio"
                  name={`finding-${index}-cause`}
                  value={c.id}
                  checked={c.id === cause?.id}
                  onChange={() => onChooseCause(c.id)}
                  className="mt-1"
                />
                <span>
                  {c.title}
                  {c.id === finding.causeId && <span className="text-sm text-slate-600"> (what the message points to)</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {cause && (
        <div className="mt-3" data-testid="finding-steps">
          <h4 className="font-semibold" data-testid="cause-title">Steps: {cause.title}</h4>
          <p className="text-sm text-slate-700">How to tell: {cause.tell}</p>
          <ol className="mt-2 space-y-2">
            {cause.steps.map((step, i) => {
              const key = stepKey(index, cause.id, i);
              const inputId = `step-${key.replace(/[^a-z0-9]+/gi, "-")}`;
              return (
                <li key={key} className="flex items-start gap-2">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={ticked.has(key)}
                    onChange={() => onToggleStep(key)}
                    className="mt-1"
                  />
                  <label htmlFor={inputId}>
                    <span className="block">{i + 1}. {step.action}</span>
                    <span className="block text-sm text-slate-700">Check: {step.check}</span>
                  </label>
                </li>
              );
            })}
          </ol>
        </div>
      )}

      <div className="mt-3">
        <CopyButton label="Copy escalation packet" text={packet} testId={`copy-packet-${index}`} />
      </div>
    </section>
  );
}
