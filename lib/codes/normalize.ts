/**
 * Error-code spelling, shared by redirects, search and the classifier.
 *
 * Huawei Cloud codes are a family name and four digits joined by a dot
 * (AIS.0101, ModelArts.4204, APIG.0308, APIGW.0101). People write them
 * in every other way too: apig0308, APIG-0308, "ais 101".
 */

import { knownFamily } from "./families";

export interface ParsedCode {
  /** The family as it is canonically spelled (known) or as written (unknown). */
  family: string;
  /** Four digits, zero-padded. */
  number: string;
  /** Family, dot, number: the form pages and the API use. */
  canonical: string;
  /** Whether the family is one this catalogue covers. */
  known: boolean;
}

// A family of letters (a few services use mixed case), an optional
// separator, then one to four digits. Nothing else may surround it.
const whole = /^\s*([A-Za-z]{2,40})(?:\s*[.\-_:]\s*|\s*)(\d{1,4})\s*$/;

function familyParts(family: string, digits: string): ParsedCode {
  const known = knownFamily(family);
  const number = digits.padStart(4, "0");
  const name = known ?? family;
  return { family: name, number, canonical: `${name}.${number}`, known: known !== null };
}

/**
 * Reads a string that is nothing but a code, in any common spelling.
 * Returns null when the string is something else.
 */
export function parseCode(input: string): ParsedCode | null {
  if (input.length > 64) return null;
  const match = whole.exec(input);
  if (!match) return null;
  return familyParts(match[1]!, match[2]!);
}

/** The canonical spelling of a code, or null when the input is not a code. */
export function normalizeCode(input: string): string | null {
  return parseCode(input)?.canonical ?? null;
}

/** The family part of a canonical code ("APIG" for "APIG.0308"). */
export function familyOf(code: string): string {
  const dot = code.indexOf(".");
  return dot === -1 ? code : code.slice(0, dot);
}
