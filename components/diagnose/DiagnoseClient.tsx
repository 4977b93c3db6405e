"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ClassifyResult, Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { splitLines } from "@/lib/diagnose/excerpt";
import { CLASSIFY_BUDGET_MS, MAX_PASTE_CHARS } from "@/lib/diagnose/limits";
import { decodeShare, encodeDiagnosis, type SharedDiagnosis, type SharedExcerpt } from "@/lib/diagnose/share";
import { excerptLineAt, excerptNotice, excerptText, sharedLineCount, sharedState } from "@/lib/diagnose/share-excerpt";
import type { TimelineData } from "@/lib/diagnose/timeline";
import type { Locale } from "@/lib/i18n/locales";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";
import { searchMessages } from "@/lib/i18n/messages/search";
import { pasteKind } from "@/lib/search/paste";
import type { ClassifyResponse, EntriesResponse, WorkerRequest, WorkerResponse } from "./protocol";
import { FindingCard } from "./FindingCard";
import { Overview } from "./Overview";
import { Timeline } from "./Timeline";

/** How much of a paste is read to say what kind of paste it is. */
const READ_AS_CHARS = 64 * 1024;

/** What the page shows: from a paste classified here, or from a shared link that carries its findings. */
interface Shown {
  findings: Finding[];
  entries: Record<string, DiagnoseEntry>;
  lineAt: (n: number) => string | null;
  lineCount: number;
  redactions: number;
  truncated: boolean;
  timeline: TimelineData | null;
  /** Distinct request ids of each finding in the whole paste. */
  requestIdTotals: number[];
  /** The whole paste and its result, when it was classified here (what a new link is made from). */
  classified: { redacted: string; result: ClassifyResult } | null;
  /** The shared link's excerpt, when the page was opened from one that holds only the error lines. */
  excerpt: SharedExcerpt | null;
}

type Status =
  | { kind: "empty" }
  | { kind: "working" }
  | { kind: "done"; shown: Shown }
  | { kind: "too-large"; chars: number }
  | { kind: "failed"; error: string }
  /** Still reading after CLASSIFY_BUDGET_MS: the page says so and offers to stop. */
  | { kind: "slow" }
  | { kind: "stopped" };

const DEBOUNCE_MS = 150;
/** Links longer than this are cut by some chat tools and browsers. */
const LONG_LINK_CHARS = 32_000;

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}

function fromPaste(response: ClassifyResponse): Shown {
  const { result, entries, redacted } = response;
  const lines = splitLines(redacted);
  return {
    findings: result.findings,
    entries,
    lineAt: (n) => lines[n - 1] ?? null,
    lineCount: lines.length,
    redactions: result.redactions,
    truncated: result.truncated ?? false,
    timeline: response.timeline,
    requestIdTotals: result.findings.map((f) => f.requestIds?.length ?? (f.requestId ? 1 : 0)),
    classified: { redacted, result },
    excerpt: null,
  };
}

function fromExcerpt(excerpt: SharedExcerpt, response: EntriesResponse): Shown {
  return {
    findings: excerpt.findings.map((s) => s.finding),
    entries: response.entries,
    lineAt: excerptLineAt(excerpt),
    lineCount: excerpt.lineCount,
    redactions: excerpt.redactions,
    truncated: excerpt.truncated,
    timeline: excerpt.timeline,
    requestIdTotals: excerpt.findings.map((s) => s.requestIdTotal),
    classified: null,
    excerpt,
  };
}

/**
 * The paste box, the findings and the share link, in the page's language. The
 * paste is classified in a Web Worker and never sent anywhere. A share link
 * reads the same on the page of either language; one made here points to
 * this page (/diagnose or /zh/diagnose).
 */
export function DiagnoseClient({ locale }: { locale: Locale }) {
  const m = diagnoseMessages[locale].page;
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "empty" });
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [shareNote, setShareNote] = useState<string[]>([]);
  const [linkError, setLinkError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const pendingExcerpt = useRef<SharedExcerpt | null>(null);
  const budget = useRef<number | undefined>(undefined);

  /** Starts the classifier's worker; its answers to anything but the latest request are dropped. */
  const startWorker = useCallback(() => {
    const w = new Worker(new URL("./classify.worker.ts", import.meta.url));
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const data = event.data;
      if (data.id !== latest.current) return; // an older request
      window.clearTimeout(budget.current);
      if (data.kind === "failure") setStatus({ kind: "failed", error: data.error });
      else if (data.kind === "classify") setStatus({ kind: "done", shown: fromPaste(data) });
      else if (pendingExcerpt.current) setStatus({ kind: "done", shown: fromExcerpt(pendingExcerpt.current, data) });
    };
    // Only the current worker's errors count: a worker ended by "stop" while it was still loading its
    // scripts can report that failed load after it was replaced (its scripts load in several files).
    w.onerror = () => {
      if (worker.current === w) setStatus({ kind: "failed", error: diagnoseMessages[locale].page.workerStopped });
    };
    return w;
  }, [locale]);

  const post = useCallback((request: WorkerRequest) => {
    window.clearTimeout(budget.current);
    worker.current?.postMessage(request);
    // Past the budget the page says so and offers to stop; the answer, if it comes, still shows.
    budget.current = window.setTimeout(() => {
      if (request.id === latest.current) setStatus((now) => (now.kind === "working" ? { kind: "slow" } : now));
    }, CLASSIFY_BUDGET_MS);
  }, []);

  /** Stops a reading that takes too long: the worker is ended and a fresh one waits for the next paste. */
  function stopReading() {
    window.clearTimeout(budget.current);
    latest.current += 1;
    worker.current?.terminate();
    startWorker();
    setStatus({ kind: "stopped" });
  }

  const send = useCallback(
    (value: string) => {
      window.clearTimeout(timer.current);
      pendingExcerpt.current = null;
      if (value.trim() === "") {
        latest.current += 1;
        setStatus({ kind: "empty" });
        return;
      }
      if (value.length > MAX_PASTE_CHARS) {
        latest.current += 1;
        setStatus({ kind: "too-large", chars: value.length });
        return;
      }
      setStatus({ kind: "working" });
      timer.current = window.setTimeout(() => post({ kind: "classify", id: ++latest.current, text: value, locale }), DEBOUNCE_MS);
    },
    [post, locale],
  );

  /** Shows a link's excerpt: its findings come with it; only their catalogue entries are looked up. */
  const openExcerpt = useCallback(
    (excerpt: SharedExcerpt) => {
      window.clearTimeout(timer.current);
      pendingExcerpt.current = excerpt;
      setStatus({ kind: "working" });
      const slugs = excerpt.findings.flatMap((s) => [s.finding.entrySlug, s.finding.runnerUp?.entrySlug, ...s.finding.candidates]);
      post({ kind: "entries", id: ++latest.current, slugs: slugs.filter((s): s is string => typeof s === "string"), locale });
    },
    [post, locale],
  );

  useEffect(() => {
    startWorker();

    const shared = decodeShare(window.location.hash);
    if (shared.ok) {
      setChosen(shared.state.causes);
      setTicked(new Set(shared.state.ticked));
      if (shared.state.kind === "whole") {
        setText(shared.state.paste);
        send(shared.state.paste);
      } else {
        setText(excerptText(shared.state, locale));
        openExcerpt(shared.state);
      }
    } else if (shared.error === "damaged") {
      setLinkError(diagnoseMessages[locale].share.damaged);
    }
    return () => {
      window.clearTimeout(budget.current);
      worker.current?.terminate();
    };
  }, [send, openExcerpt, startWorker, locale]);

  function onInput(value: string) {
    setText(value);
    setChosen({});
    setTicked(new Set());
    setShareUrl(null);
    send(value);
  }

  function toggleStep(key: string) {
    setTicked((prior) => {
      const next = new Set(prior);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
    setShareUrl(null);
  }

  async function share() {
    if (status.kind !== "done") return;
    const { shown } = status;
    let state: SharedDiagnosis;
    if (shown.excerpt) state = { ...shown.excerpt, causes: chosen, ticked: [...ticked] };
    else if (shown.classified) {
      state = sharedState({
        redactedPaste: shown.classified.redacted,
        result: shown.classified.result,
        timeline: shown.timeline,
        causes: chosen,
        ticked: [...ticked],
      });
    } else return;
    const fragment = encodeDiagnosis(state);
    // This page's own address: a link made on /zh/diagnose opens /zh/diagnose (the link itself reads the same on either).
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    window.history.replaceState(null, "", `#${fragment}`);
    setShareUrl(url);
    const note = m.shareNotes;
    const notes = [note.fragment, shown.redactions > 0 ? note.masked(shown.redactions) : note.noSecrets];
    if (state.kind === "excerpt")
      notes.push(note.excerpt(sharedLineCount(state), state.lineCount), ...excerptNotice(state, locale).slice(1));
    if (url.length > LONG_LINK_CHARS) notes.push(note.longLink(url.length));
    setShareNote(notes);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // The link is shown in a text box to copy by hand.
    }
  }

  const shown = status.kind === "done" ? status.shown : null;
  const findings = shown?.findings ?? [];
  // What the paste looks like as a whole (a traceback, a log, an HTTP response…), read from its opening only.
  const readAs = useMemo(() => pasteKind(text.slice(0, READ_AS_CHARS)), [text]);
  const total = findings.reduce((n, f) => n + f.count, 0);

  return (
    <div>
      {linkError && (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 p-2">
          {linkError}
        </p>
      )}
      {shown?.excerpt && (
        <div className="mb-3 rounded border border-blue-300 bg-blue-50 p-2 text-sm" data-testid="shared-excerpt-notice">
          {excerptNotice(shown.excerpt, locale).map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      <label htmlFor="paste" className="block font-semibold">
        {m.pasteLabel}
      </label>
      <p id="paste-help" className="text-sm text-slate-700">
        {m.pasteHelp}
      </p>
      <textarea
        id="paste"
        aria-describedby="paste-help"
        value={text}
        onChange={(e) => onInput(e.target.value)}
        spellCheck={false}
        rows={10}
        className="mt-2 w-full rounded border border-slate-400 p-2 font-mono text-sm focus:outline-2 focus:outline-blue-700"
        placeholder={m.placeholder}
        data-testid="paste"
      />
      {readAs && (
        <p className="mt-1 text-xs text-slate-700" data-testid="paste-kind">
          {m.readAs(searchMessages[locale].paste.kinds[readAs])}
        </p>
      )}

      <div aria-live="polite" className="mt-2 min-h-6 text-sm" data-testid="diagnose-status">
        {status.kind === "working" && m.reading}
        {status.kind === "too-large" && m.tooLarge(megabytes(status.chars), megabytes(MAX_PASTE_CHARS))}
        {status.kind === "failed" && m.failed(status.error)}
        {status.kind === "slow" && (
          <span data-testid="diagnose-slow">
            {m.slowBefore(CLASSIFY_BUDGET_MS / 1000)}
            <button type="button" onClick={stopReading} className="text-blue-800 underline focus:outline-2 focus:outline-blue-700">
              {m.slowStop}
            </button>
            {m.slowAfter}
          </span>
        )}
        {status.kind === "stopped" && m.stopped}
        {shown &&
          (findings.length === 0
            ? m.nothingFound
            : m.found({
                findings: findings.length,
                total,
                lines: shown.lineCount,
                redactions: shown.redactions,
                truncated: shown.truncated,
              }))}
      </div>

      {shown && findings.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={share}
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-700"
          >
            {m.share}
          </button>
          {shareUrl && (
            <>
              <label htmlFor="share-url" className="sr-only">
                {m.shareLink}
              </label>
              <input
                id="share-url"
                readOnly
                value={shareUrl}
                className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs"
                data-testid="share-url"
                onFocus={(e) => e.target.select()}
              />
            </>
          )}
        </div>
      )}
      {shareUrl && shareNote.length > 0 && (
        <p className="mt-1 text-sm text-slate-700" data-testid="share-note">
          {shareNote.join(" ")}
        </p>
      )}

      {shown && findings.length > 1 && <Overview findings={findings} entries={shown.entries} timeline={shown.timeline} locale={locale} />}
      {shown && findings.length === 1 && findings[0]!.count > 1 && shown.timeline && (
        <section aria-label={m.timelineSection} className="mt-4">
          <Timeline data={shown.timeline} total={total} locale={locale} />
        </section>
      )}

      {shown && findings.length > 0 && (
        <section aria-label={m.findingsSection} className="mt-2">
          {findings.map((finding, index) => (
            <FindingCard
              key={`${index}-${finding.code}-${finding.entrySlug}`}
              index={index}
              finding={finding}
              entries={shown.entries}
              readerCause={chosen[String(index)] ?? null}
              onChooseCause={(id) => {
                setChosen((prior) => ({ ...prior, [String(index)]: id }));
                setShareUrl(null);
              }}
              ticked={ticked}
              onToggleStep={toggleStep}
              lineAt={shown.lineAt}
              lineCount={shown.lineCount}
              requestIdTotal={shown.requestIdTotals[index] ?? 0}
              locale={locale}
            />
          ))}
        </section>
      )}
    </div>
  );
}
