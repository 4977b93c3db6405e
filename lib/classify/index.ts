/**
 * The shared error classifier: paste anything (a JSON body, an SDK
 * exception, a curl transcript, a log, a sentence, a bare code) and get back
 * each error in it, matched against the catalogue.
 *
 * Pure and synchronous, with no Node or browser APIs, so the page (in a Web
 * Worker), the API route and the command line use it unchanged:
 *
 *   const classify = createClassifier(classifierData); // lib/classify/generated-data.ts
 *   const { findings, redactions, truncated } = classify(text);
 */
import type { ClassifierData } from "./data";
import { assemble } from "./assemble";
import { scanHttp } from "./extract/http";
import { scanJson } from "./extract/json";
import { scanMessages } from "./extract/messages";
import { scanSdkText } from "./extract/sdk-text";
import { scanText } from "./extract/text";
import { scanWordCodes } from "./extract/word-codes";
import { scanXml } from "./extract/xml";
import { groupFindings, type Sighting } from "./group";
import { LineIndex } from "./lines";
import { Locator } from "./locate";
import { Matcher } from "./match";
import { preparePaste } from "./prepare";
import { MAX_INPUT_CHARS } from "./limits";
import { LogRecords } from "./records";
import { redact } from "./redact";
import type { ClassifyResult, Finding } from "./types";

export type { ClassifyResult, Finding } from "./types";
export { redact } from "./redact";
export { preparePaste } from "./prepare";
export { MAX_OCCURRENCES } from "./group";
export type { ClassifierData } from "./data";

export { MAX_INPUT_CHARS } from "./limits";

const MAX_FINDINGS = 500;
/** The most text around an error that values (endpoint, region) are read from. */
const MAX_AROUND = 2000;

export type Classifier = (text: string) => ClassifyResult;

/** A classification and the text it read: the paste with secrets masked and terminal colour codes gone, every line break kept. */
export interface PasteReading {
  result: ClassifyResult;
  text: string;
}

/**
 * The classifier reads the masked paste but decodes what it reads (JSON
 * escapes such as \u003d, XML entities), so a secret the masker only saw
 * encoded is masked again, decoded, in everything a finding quotes.
 */
function maskQuoted(f: Finding): Finding {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(f.values)) values[key] = redact(value).text;
  return {
    ...f,
    message: f.message === null ? null : redact(f.message).text,
    causeEvidence: f.causeEvidence === null ? null : redact(f.causeEvidence).text,
    values,
  };
}

/** Builds a classifier for a catalogue (its share of it: lib/classify/data.ts); the message patterns are compiled once. */
export function createClassifier(data: ClassifierData): Classifier {
  const read = createPasteReader(data);
  return (input) => read(input).result;
}

/**
 * Like createClassifier, and also gives back the text the classifier read (masked once, here),
 * for a caller that shows the paste's lines beside the findings (the diagnose page's worker).
 */
export function createPasteReader({ entries, statusPreference }: ClassifierData): (input: string) => PasteReading {
  const matcher = new Matcher(entries, statusPreference);

  return function readPaste(input: string): PasteReading {
    const source = typeof input === "string" ? input : String(input ?? "");
    const truncated = source.length > MAX_INPUT_CHARS;
    const { text, redactions } = preparePaste(truncated ? source.slice(0, MAX_INPUT_CHARS) : source);

    const lines = new LineIndex(text);
    const named = [...scanXml(text), ...scanWordCodes(text)];
    const errors = assemble(scanJson(text), scanSdkText(text), named, scanText(text), scanMessages(text, matcher.needles));
    const located = new Locator(text, scanHttp(text), lines, new LogRecords(lines)).locate(errors);

    const sightings: Sighting[] = [];
    for (const e of located) {
      const finding = matcher.toFinding(e, { around: text.slice(e.contextStart, Math.min(e.contextEnd, e.contextStart + MAX_AROUND)) });
      if (!finding) continue;
      sightings.push({
        finding,
        endLine: e.endLine,
        recordLine: e.recordLine,
        mentionOnly: e.source === "text" && !e.structured && e.code !== null && e.message === null,
      });
    }

    const findings = groupFindings(sightings).slice(0, MAX_FINDINGS).map(maskQuoted);
    const result: ClassifyResult = { findings, redactions, lineCount: lines.count };
    if (truncated) result.truncated = true;
    return { result, text };
  };
}
