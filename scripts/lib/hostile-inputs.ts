/**
 * Text built to make a reader of pastes slow: long runs of each separator
 * after each word the readers look for, openings repeated without end,
 * quotes and brackets left open, and a mix of all of them. Each generator
 * fills exactly `size` characters, so the time at two sizes can be compared:
 * a linear reader takes about 8 times as long on 512 KiB as on 64 KiB.
 * Shared by the scaling test (tests/unit/security/scaling.test.ts) and the
 * benchmark (scripts/bench-scaling.ts).
 */
import { scanHttp } from "../../lib/classify/extract/http";
import { scanJson } from "../../lib/classify/extract/json";
import { scanMessages } from "../../lib/classify/extract/messages";
import { scanSdkText } from "../../lib/classify/extract/sdk-text";
import { scanText } from "../../lib/classify/extract/text";
import { scanWordCodes } from "../../lib/classify/extract/word-codes";
import { scanXml } from "../../lib/classify/extract/xml";
import { LineIndex } from "../../lib/classify/lines";
import { Matcher } from "../../lib/classify/match";
import { redact } from "../../lib/classify/redact";
import { LogRecords } from "../../lib/classify/records";
import type { Entry } from "../../lib/catalogue/schema";
import { createClassifier } from "../../lib/classify";
import { loadClassifierData } from "../../lib/catalogue/content";

export interface Hostile {
  name: string;
  make(size: number): string;
}

/** `unit` repeated to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** `head`, then `run` repeated until `size`, then `tail`: one long run after one word. */
function longRun(head: string, run: string, tail: string, size: number): string {
  return head + fill(run, Math.max(0, size - head.length - tail.length)) + tail;
}

/** The words the readers key on: labels, field names, headers, openings of messages. */
const KEYWORDS = [
  "status",
  "error",
  "HTTP",
  "code",
  "error_code",
  "error_msg",
  "request_id",
  "x-request-id",
  "x-obs-request-id",
  "Code=",
  "<Code>",
  "sk",
  "token",
  "password",
  "Authorization:",
  "date:",
  "time=",
  "expires_at",
  "limit:",
  "template_id=",
  "protocol is supported:",
  "状态码",
  "请求ID",
  "Incorrect IAM authentication information",
  "2024-05-01",
  "RESP: [",
];

/** The characters runs are made of: each kind of space, and the punctuation readers skip over. */
const SEPARATORS = [" ", "\t", "\n", " \t", ":", "=", ",", '"', "'", "\\", "\r\n", "\u3000"];

const OPENINGS = [
  "{",
  "[",
  '{"a":',
  "{a:<",
  "{a:[",
  "<Error><Code>",
  "'",
  '"',
  '\\"',
  "ClientRequestException - {",
  "\u001b[",
  "[Object: ",
  "sk={",
  "Code=Ab ",
  "| 5",
];

/** A small deterministic random source, so the mixed inputs are the same on every run. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function mixed(seed: number, size: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const keyword = KEYWORDS[Math.floor(next() * KEYWORDS.length)];
    const sep = SEPARATORS[Math.floor(next() * SEPARATORS.length)]!;
    const opening = OPENINGS[Math.floor(next() * OPENINGS.length)];
    const piece = keyword + sep.repeat(1 + Math.floor(next() * 40)) + opening;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("").slice(0, size);
}

export const HOSTILE: Hostile[] = [
  // One long run of each separator after each keyword (the separators take turns across keywords,
  // and each keyword also gets a run of mixed spaces and tabs).
  ...KEYWORDS.flatMap((keyword, i) => [
    {
      name: `"${keyword}" + run of ${JSON.stringify(SEPARATORS[i % SEPARATORS.length])}`,
      make: (size: number) => longRun(keyword, SEPARATORS[i % SEPARATORS.length]!, "x", size),
    },
    { name: `("${keyword}" + spaces and tabs) repeated`, make: (size: number) => fill(`${keyword} \t \t \t \t \t \t \t \t `, size) },
  ]),
  // Openings repeated without end.
  ...OPENINGS.map((opening) => ({ name: `${JSON.stringify(opening)} repeated`, make: (size: number) => fill(opening, size) })),
  // Quotes and brackets left open over the whole text.
  { name: "unclosed JSON string", make: (size: number) => longRun('{"error_code":"APIG.0308","error_msg":"', "a b ", "", size) },
  { name: "unclosed single-quoted string", make: (size: number) => longRun("{ data: { error_msg: '", "x, ", "", size) },
  { name: "unclosed XML element", make: (size: number) => longRun("<Error><Code>AccessDenied</Code><Message>", "a ", "", size) },
  {
    name: "unclosed Python SDK fields",
    make: (size: number) => longRun("ClientRequestException - {status_code:429,error_msg:", "a,b:", "", size),
  },
  { name: "nested openings", make: (size: number) => fill('{"a":[{"b":', size) },
  // Secrets' labels and shapes, for the masker (and every other reader).
  ...(
    [
      ['password=" repeated', (n: number) => fill('password="', n)],
      [
        "long runs of spaces after secret labels",
        (n: number) => fill(`password${" ".repeat(2000)}token:${" ".repeat(2000)}sk =${" ".repeat(2000)}`, n),
      ],
      ["an unclosed quote after a password label", (n: number) => longRun('password="', "a b ", "", n)],
      ["unclosed quotes after token labels", (n: number) => fill("token: 'x ", n)],
      ["masked values after labels", (n: number) => fill("sk=****", n)],
      ["cookies with nothing to mask", (n: number) => fill("Cookie: a=*;", n)],
      ["Set-Cookie attributes", (n: number) => fill("Set-Cookie: a=b; Path=/; Expires=Wed, ", n)],
      ["a URL with many @", (n: number) => longRun("https://", "a:b@", "", n)],
      ["URL user:password openings", (n: number) => fill("https://u:", n)],
      ["BEGIN PRIVATE KEY without END", (n: number) => fill("-----BEGIN PRIVATE KEY-----\nMIIabc\n", n)],
      ["Authorization parts", (n: number) => fill("Authorization: SDK-HMAC-SHA256 Access=", n)],
      ["AK/SK labels", (n: number) => fill("AK/SK: ", n)],
      ["escaped quotes around a password label", (n: number) => fill('\\"password\\":\\"', n)],
      ["XML secret elements", (n: number) => fill("<Password><AccessKeyId>", n)],
      ["secrets mixed", (n: number) => fill('sk={"password": "a b  token=\'Cookie: x=y; Set-Cookie: https://u:p@ ak=AKIA<Token>\n', n)],
    ] as const
  ).map(([name, make]) => ({ name, make })),
  // Everything at once.
  { name: "mixed (seed 1)", make: (size: number) => mixed(1, size) },
  { name: "mixed (seed 2)", make: (size: number) => mixed(2, size) },
  { name: "mixed (seed 3)", make: (size: number) => mixed(3, size) },
];

export interface Reader {
  name: string;
  read(text: string): unknown;
}

/** Each extractor, the log reader, the masker and the whole classifier, ready to run on any text. */
export function readers(entries: readonly Entry[]): Reader[] {
  const data = loadClassifierData(entries);
  const needles = new Matcher(data.entries, data.statusPreference).needles;
  const classify = createClassifier(data);
  return [
    { name: "JSON bodies", read: (t) => scanJson(t) },
    { name: "SDK key:value text", read: (t) => scanSdkText(t) },
    { name: "XML bodies", read: (t) => scanXml(t) },
    { name: "word codes", read: (t) => scanWordCodes(t) },
    { name: "codes in free text", read: (t) => scanText(t) },
    { name: "messages in free text", read: (t) => scanMessages(t, needles) },
    { name: "HTTP hints", read: (t) => scanHttp(t) },
    {
      name: "log records",
      read: (t) => {
        const lines = new LineIndex(t);
        const records = new LogRecords(lines);
        for (let l = 0; l < lines.count; l += Math.max(1, Math.floor(lines.count / 2000))) records.timeAt(lines.start(l));
      },
    },
    { name: "masker", read: (t) => redact(t) },
    { name: "whole classifier", read: (t) => classify(t) },
  ];
}

/** The fastest of `runs` timings of `read` on `text`, in milliseconds. */
export function fastest(read: (text: string) => unknown, text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    read(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
