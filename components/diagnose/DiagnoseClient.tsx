"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { decodeShare, encodeShare } from "@/lib/diagnose/share";
import { MAX_PASTE_CHARS } from "@/lib/diagnose/limits";
import type { ClassifyFailure, ClassifyRequest, ClassifyResponse } from "./protocol";
import { FindingCard } from "./FindingCard";

type Status =
  | { kind: "empty" }
  | { kind: "working" }
  | { kind: "done"; response: ClassifyResponse }
  | { kind: "too-large"; chars: number }
  | { kind: "failed"; error: string };

const DEBOUNCE_MS = 150;

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}

/** The paste box, the findings and the share link. The paste is classified in a Web Worker and never sent anywhere. */
export function DiagnoseClient() {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "empty" });
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [shareNote, setShareNote] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const send = useCallback((value: string) => {
    window.clearTimeout(timer.current);
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
    timer.current = window.setTimeout(() => {
      const request: ClassifyRequest = { id: ++latest.current, text: value };
      worker.current?.postMessage(request);
    }, DEBOUNCE_MS);
  }, []);

  useEffect(() => {
    const w = new Worker(new URL("./classify.worker.ts", import.meta.url));
    worker.current = w;
    w.onmessage = (event: MessageEvent<ClassifyResponse | ClassifyFailure>) => {
      if (event.data.id !== latest.current) return; // an older paste
      if ("error" in event.data) setStatus({ kind: "failed", error: event.data.error });
      else setStatus({ kind: "done", response: event.data });
    };
    w.onerror = () => setStatus({ kind: "failed", error: "The classifier stopped unexpectedly." });

    const shared = decodeShare(window.location.hash);
    if (shared.ok) {
      setText(shared.state.paste);
      setChosen(shared.state.causes);
      setTicked(new Set(shared.state.ticked));
      send(shared.state.paste);
    } else if (shared.error) {
      setLinkError(shared.error);
    }
    return () => w.terminate();
  }, [send]);

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
    const { fragment, cut } = encodeShare({ paste: status.response.redacted, causes: chosen, ticked: [...ticked] });
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    window.history.replaceState(null, "", `#${fragment}`);
    setShareUrl(url);
    const masked = status.response.result.redactions;
    const notes = [
      "The link holds the paste in its fragment (after #), which browsers never send to a server.",
      masked > 0 ? `${masked} secret value(s) are masked in it.` : "No secrets were found to mask; read the paste once before sharing.",
      cut ? "The paste was long, so the link carries only its first part." : "",
    ];
    setShareNote(notes.filter(Boolean).join(" "));
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // The link is shown in a text box to copy by hand.
    }
  }

  const response = status.kind === "done" ? status.response : null;
  const findings = response?.result.findings ?? [];

  return (
    <div>
      {linkError && (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 p-2">{linkError}</p>
      )}
      <label htmlFor="paste" className="block font-semibold">
        Paste an error response
      </label>
      <p id="paste-help" className="text-sm text-slate-700">
        A JSON body, a curl transcript, an SDK exception or a log. It is read in your browser and never sent anywhere;
        tokens and keys are masked in everything this page shows, copies or shares.
      </p>
      <textarea
        id="paste"
        aria-describedby="paste-help"
        value={text}
        onChange={(e) => onInput(e.target.value)}
        spellCheck={false}
        rows={10}
        className="mt-2 w-full rounded border border-slate-400 p-2 font-mono text-sm focus:outline-2 focus:outline-blue-700"
        placeholder='{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:50,time:1 minute"}'
        data-testid="paste"
      />

      <div aria-live="polite" className="mt-2 min-h-6 text-sm" data-testid="diagnose-status">
        {status.kind === "working" && "Reading the paste…"}
        {status.kind === "too-large" &&
          `This paste is ${megabytes(status.chars)} MB, more than the ${megabytes(MAX_PASTE_CHARS)} MB this page reads. Paste only the failing response (the part with error_code or the status line); your text is still in the box.`}
        {status.kind === "failed" && `The paste could not be read: ${status.error}. Your text is still in the box; try pasting only the error body.`}
        {response &&
          (findings.length === 0
            ? "No error code, known message or HTTP error status was found. Paste the whole response body, or search the catalogue by the message."
            : `Found ${findings.length} error${findings.length === 1 ? "" : "s"}${response.result.redactions > 0 ? `; ${response.result.redactions} secret value(s) masked` : ""}${response.result.truncated ? "; only the first part of the paste was read" : ""}.`)}
      </div>

      {response && findings.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={share}
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-700"
          >
            Share
          </button>
          {shareUrl && (
            <>
              <label htmlFor="share-url" className="sr-only">Share link</label>
              <input id="share-url" readOnly value={shareUrl} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs" data-testid="share-url" onFocus={(e) => e.target.select()} />
            </>
          )}
        </div>
      )}
      {shareUrl && shareNote && <p className="mt-1 text-sm text-slate-700">{shareNote}</p>}

      {response && findings.length > 0 && (
        <section aria-label="Findings" className="mt-2">
          {findings.map((finding, index) => {
            const entry = finding.entrySlug ? response.entries[finding.entrySlug] ?? null : null;
            const runnerUpEntry = finding.runnerUp ? response.entries[finding.runnerUp.entrySlug] ?? null : null;
            const causeId = chosen[String(index)] ?? finding.causeId ?? entry?.causes[0]?.id ?? null;
            return (
              <FindingCard
                key={`${index}-${finding.code}-${finding.entrySlug}`}
                index={index}
                finding={finding}
                entry={entry}
                runnerUpEntry={runnerUpEntry}
                causeId={causeId}
                onChooseCause={(id) => {
                  setChosen((prior) => ({ ...prior, [String(index)]: id }));
                  setShareUrl(null);
                }}
                ticked={ticked}
                onToggleStep={toggleStep}
                redactedPaste={response.redacted}
              />
            );
          })}
        </section>
      )}
    </div>
  );
}
