import type { ClassifyResult } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import type { TimelineData } from "@/lib/diagnose/timeline";

/** Messages between the diagnose page and its classifier worker. */
export type WorkerRequest =
  /** Classify a paste. */
  | { kind: "classify"; id: number; text: string }
  /** Look entries up by slug (a shared link that carries its findings). */
  | { kind: "entries"; id: number; slugs: string[] };

export interface ClassifyResponse {
  kind: "classify";
  id: number;
  result: ClassifyResult;
  /** The paste with secrets masked, for the escalation packet and share links. */
  redacted: string;
  /** The catalogue entries the findings, their candidates and runners-up point to. */
  entries: Record<string, DiagnoseEntry>;
  /** Errors per minute, per code, when the findings' lines carry times (read here, off the page's thread). */
  timeline: TimelineData | null;
  /** Milliseconds the classification took in the worker. */
  ms: number;
}

export interface EntriesResponse {
  kind: "entries";
  id: number;
  entries: Record<string, DiagnoseEntry>;
}

export interface WorkerFailure {
  kind: "failure";
  id: number;
  error: string;
}

export type WorkerResponse = ClassifyResponse | EntriesResponse | WorkerFailure;
