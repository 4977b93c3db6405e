import fs from "node:fs";
import path from "node:path";
import { compareEntries, loadCatalogue, parseEntryFile } from "../../../lib/catalogue/load";
import { loadClassifierData } from "../../../lib/catalogue/content";
import type { Entry } from "../../../lib/catalogue/schema";
import { createClassifier, type Classifier, type Finding } from "../../../lib/classify";

let entries: Entry[] | null = null;
let classifier: Classifier | null = null;

const codesDir = path.join(process.cwd(), "content/codes");

/**
 * The real catalogue, loaded and validated once per test file.
 * CLASSIFY_TESTS_LENIENT=1 skips the cross-file checks (for working on the
 * classifier while entries are still being written); the default is strict.
 */
export function catalogue(): Entry[] {
  if (entries) return entries;
  if (process.env.CLASSIFY_TESTS_LENIENT === "1") {
    entries = fs
      .readdirSync(codesDir)
      .filter((name) => name.endsWith(".md"))
      .map((name) => parseEntryFile(name, fs.readFileSync(path.join(codesDir, name), "utf8")).entry)
      .filter((e): e is Entry => e !== null)
      .sort(compareEntries);
  } else {
    entries = loadCatalogue(codesDir);
  }
  return entries;
}

export function classify(text: string) {
  classifier ??= createClassifier(loadClassifierData(catalogue()));
  return classifier(text);
}

/** The first finding, failing the test when there is none. */
export function first(text: string): Finding {
  const { findings } = classify(text);
  if (findings.length === 0) throw new Error(`no finding for: ${text.slice(0, 200)}`);
  return findings[0]!;
}

export function fixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "tests/fixtures", name), "utf8")) as T;
}

export interface RealPaste {
  id: string;
  text: string;
  code: string | null;
  http_status: number | null;
  source: string;
  note: string;
  scope: string;
  /** Added items only: the request id and cause a reader takes from the paste. */
  request_id?: string;
  cause?: string;
  /** Pastes with more than one occurrence: every distinct error, most frequent first, as a reader counts them. */
  findings?: ExpectedFinding[];
}

export interface ExpectedFinding {
  code: string | null;
  count: number;
  firstLine: number;
  lastLine: number;
  time: string | null;
  lastTime: string | null;
  requestIds: string[];
}

/** What a reader counts of a finding: its code, how often, where and when it was first and last seen, its request ids. */
export function countedFinding(f: Finding): ExpectedFinding {
  return {
    code: f.code,
    count: f.count,
    firstLine: f.firstLine,
    lastLine: f.lastLine,
    time: f.time,
    lastTime: f.lastTime,
    requestIds: f.requestIds,
  };
}

export interface DocumentedPayload {
  id: string;
  entry: string;
  form: string;
  text: string;
  code: string | null;
  cause?: string;
  requestId?: string;
}
