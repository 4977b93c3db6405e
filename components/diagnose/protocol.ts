import type { ClassifyResult } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import type { Locale } from "@/lib/i18n/locales";
import type { TimelineData } from "@/lib/diagnose/timeline";

/**
 * Messages between the diagnose page and its classifier worker. Every request
 * says the page's language: the entries come back with their text in it.
 */
export type WorkerRequest =
  /** Classify a paste. */
  | { kind: "classify"; id: number; text: string; locale: Locale }
  /** Look entries up by slug (a shared link that carries its findings). */
  | { kind: "entries"; id: number; slugs: string[]; locale: Locale };

export interface ClassifyResponse {
  kind: "classify";
  id: number;
  result: ClassifyResult;
  /** The paste with secrets masked, for the escalation packet and share links. */
  redacted: string;
  /** The catalogue entries the findings, their candidates and runners-up point to, in the request's language. */
  entries: Record<string, DiagnoseEntry>;
  /** Errors per minute, per code, when the findings' lines carry times (read here, off the page's thread); series labelled in English (see seriesLabel). */
  timeline: TimelineData | null;
  /** Milliseconds the classification took in the worker. */
  ms: number;
}

export interface EntriesResponse {
  kind: "entries";
  id: number;
  entries: Record<string, DiagnoseEntry>;
}

interface WorkerFailure {
  kind: "failure";
  id: number;
  error: string;
}

export type WorkerResponse = ClassifyResponse | EntriesResponse | WorkerFailure;
