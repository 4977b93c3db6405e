import type { ClassifyResult } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";

/** Messages between the diagnose page and its classifier worker. */
export interface ClassifyRequest {
  id: number;
  text: string;
}

export interface ClassifyResponse {
  id: number;
  result: ClassifyResult;
  /** The paste with secrets masked, for the escalation packet and share links. */
  redacted: string;
  /** The catalogue entries the findings (and their runners-up) point to. */
  entries: Record<string, DiagnoseEntry>;
  /** Milliseconds the classification took in the worker. */
  ms: number;
}

export interface ClassifyFailure {
  id: number;
  error: string;
}
