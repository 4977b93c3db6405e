/**
 * Shapes shared by the classifier's parts. Plain data only, so a result can
 * be sent from a Web Worker, returned by an API route or printed as JSON.
 */

/** Which reader found an error in the paste. */
export type ExtractorSource =
  | "json" // a JSON body (also a fragment of one, or one escaped inside a string)
  | "sdk-go" // Go SDK ServiceResponseError (JSON with status_code/error_message)
  | "js-object" // a JavaScript object printed by Node (unquoted keys, single quotes)
  | "python-dict" // a Python dict repr (single quotes, None/True/False)
  | "sdk-python" // Python SDK `ClientRequestException - {status_code:...,error_code:...}`
  | "sdk-java" // Java SDK `ClientRequestException {\n httpStatusCode: ...}`
  | "xml" // an XML error body (<Error><Code>...</Code>), as OBS returns it
  | "http" // an HTTP status line on its own (curl -i, curl -v, a proxy log, an HTML error page)
  | "text"; // a code or a documented message in free text, a log line or prose

export type MatchedBy = "code" | "message" | "status";

/** Where a finding's HTTP status comes from. */
type StatusSource = "paste" | "catalogue";

/**
 * One error as an extractor saw it, before it is looked up in the catalogue.
 * Offsets are into the (redacted, possibly truncated) text being classified.
 */
export interface RawError {
  /** The code exactly as written (trimmed), when there is one. */
  code: string | null;
  message: string | null;
  httpStatus: number | null;
  requestId: string | null;
  /** First character of the error in the text. */
  offset: number;
  /** One past its last character. */
  end: number;
  source: ExtractorSource;
  /** True when the code was read from a labelled field (error_code, errorCode, code) rather than prose. */
  structured: boolean;
  /** The code's family when the reader knows it better than the code's spelling does (OBS for an XML <Code>). */
  family?: string | null;
}

/** A status, request id or response date seen near errors (status line, header, "error[401]"). */
export interface ContextHint {
  kind: "status" | "requestId" | "date";
  value: string;
  offset: number;
  /** An HTTP status line (or an HTML error page's title); it starts a new response in the paste. */
  statusLine?: boolean;
}

export interface RunnerUp {
  entrySlug: string;
  causeId: string | null;
  confidence: number;
}

/**
 * One occurrence of an error: every printing of one failed call (the SDK's
 * log line and the exception it threw, a body and the headers around it)
 * counts once. Line numbers are 1-based lines of the paste.
 */
export interface Occurrence {
  /** The first line of its first printing. */
  line: number;
  /** The last line of its last printing. */
  endLine: number;
  /** The timestamp of its own log line or block, or its response's Date header, as written. */
  time: string | null;
  requestId: string | null;
}

export interface Finding {
  /** The code in its canonical spelling (APIG.0308), or null when the paste shows none. */
  code: string | null;
  /** The code as it was written in the paste. */
  codeAsWritten: string | null;
  /** The code's family (AIS, APIG, VPC, ...), or null without a code. */
  family: string | null;
  /** The code's family is one of ours and the code is in the catalogue. */
  known: boolean;
  /** The catalogue entry this error is (code match) or most likely is (message match); null when only a status was seen. */
  entrySlug: string | null;
  /**
   * Entries this error could be when the paste does not decide: every entry
   * that returns the status (a status alone, most likely first), or every
   * entry that shares the matched message (APIG.0301 and APIGW.0301). Empty
   * for a code match.
   */
  candidates: string[];
  /** The entry's layer; for an uncatalogued code of one of our families, that family's layer. */
  layer: string | null;
  /** The entry's cause the paste points to (a signal or a documented form of the message), the only cause of the entry, or null. */
  causeId: string | null;
  /** The text of the paste that decided the cause, or null when there is no cause. */
  causeEvidence: string | null;
  /** The status seen in the paste or, failing that, the entry's documented status. */
  httpStatus: number | null;
  httpStatusSource: StatusSource | null;
  /** The first request id of this error (requestIds[0]), or null. */
  requestId: string | null;
  /** Every distinct request id of this error, in order of appearance. */
  requestIds: string[];
  /** The error message as found (secrets masked). */
  message: string | null;
  matchedBy: MatchedBy;
  /** How sure the entry (or, for an unknown code, the code itself) is, from 0 to 1. */
  confidence: number;
  /**
   * How many times this error happened, as far as the paste tells: printings
   * that share a request id, a log record or a response are one occurrence.
   */
  count: number;
  /** Line of the first occurrence and of the start of the last one (1-based). */
  firstLine: number;
  lastLine: number;
  /** Timestamps of the first and last occurrences that carry one, as written. */
  time: string | null;
  lastTime: string | null;
  /** The occurrences in order of appearance, at most MAX_OCCURRENCES of them (the first ones and the last). */
  occurrences: Occurrence[];
  /** Values read from the message and the text around it (templateId, apiId, limit, window, expiresAt, region, endpoint, ...). */
  values: Record<string, string>;
  /** The next best entry or cause when the match is unsure. */
  runnerUp: RunnerUp | null;
  source: ExtractorSource;
  /** Offset of the first occurrence in the classified text. */
  offset: number;
}

export interface ClassifyResult {
  findings: Finding[];
  /** How many secrets were masked in the input. */
  redactions: number;
  /** The input was longer than MAX_INPUT_CHARS; only its first part was read. */
  truncated?: boolean;
  /** Lines in the text that was read. */
  lineCount: number;
}
