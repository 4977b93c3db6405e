/**
 * Codes named in free text: log lines, prose, a table copied from a web page,
 * Chinese text with the code glued on both sides ("提示ModelArts.4204报错"),
 * or a code written on its own in any spelling ("apig0308", "ais 101").
 */
import { knownFamily } from "../../codes/families";
import { parseCode } from "../../codes/normalize";
import type { RawError } from "../types";

// A word of letters and four digits, with an optional separator: APIG.0308, apig-0308, APIG0308, AIS 0101.
// It is one of ours when the word is one of our families in any case (lib/codes/families.ts).
const FAMILY_AND_NUMBER = /(?<![A-Za-z0-9_])([A-Za-z]{2,40})(?:[._-]|[ \t])?(\d{4})(?![0-9])/g;
// Any other service's code: Family.NNNN, starting with a capital (VPC.0301, DNS.0013, Ecs.0114).
const OTHER = /(?<![A-Za-z0-9_])([A-Z][A-Za-z]{1,39})\.(\d{4})(?![0-9A-Za-z])/g;

// Words that come before a number with a dot in ordinary text.
const NOT_FAMILIES = new Set([
  "no",
  "ref",
  "tel",
  "fig",
  "vol",
  "ver",
  "rev",
  "art",
  "sec",
  "page",
  "pp",
  "step",
  "table",
  "item",
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "version",
  "release",
  "python",
  "node",
  "java",
  "go",
  "v",
  "id",
  "port",
]);

const MAX_MENTIONS = 50_000;

/** A code written in free text, as the match found it: no message, status or request id beside it. */
function bareMention(m: RegExpExecArray): RawError {
  return {
    code: m[0],
    message: null,
    httpStatus: null,
    requestId: null,
    offset: m.index,
    end: m.index + m[0].length,
    source: "text",
    structured: false,
  };
}

export function scanText(text: string): RawError[] {
  const out: RawError[] = [];
  const trimmed = text.trim();
  // One of our codes written on its own, in any spelling parseCode accepts
  // ("ais 101"); "error 404" on its own is a status, not a code.
  if (trimmed.length <= 64) {
    const parsed = parseCode(trimmed);
    if (parsed?.known) {
      const offset = text.indexOf(trimmed);
      return [
        {
          code: trimmed,
          message: null,
          httpStatus: null,
          requestId: null,
          offset,
          end: offset + trimmed.length,
          source: "text",
          structured: false,
        },
      ];
    }
  }
  const taken = new Set<number>();
  FAMILY_AND_NUMBER.lastIndex = 0;
  for (let m = FAMILY_AND_NUMBER.exec(text); m && out.length < MAX_MENTIONS; m = FAMILY_AND_NUMBER.exec(text)) {
    if (knownFamily(m[1]!) === null) continue;
    taken.add(m.index);
    out.push(bareMention(m));
  }
  OTHER.lastIndex = 0;
  for (let m = OTHER.exec(text); m && out.length < MAX_MENTIONS; m = OTHER.exec(text)) {
    if (taken.has(m.index) || NOT_FAMILIES.has(m[1]!.toLowerCase())) continue;
    out.push(bareMention(m));
  }
  out.sort((a, b) => a.offset - b.offset);
  return out;
}
