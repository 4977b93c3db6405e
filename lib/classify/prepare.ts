/**
 * What every reader of a paste works on: the paste without terminal colour
 * codes (the Node SDK's logger colours its lines, and a log redirected to a
 * file keeps the codes) and with every secret masked. Never adds or removes
 * a line break, so line numbers are the paste's own.
 */
import { redact } from "./redact";

// ESC [ ... final byte (colours, cursor moves), and ESC ] ... BEL/ST (titles). Bounded runs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL are what this pattern is for
const ANSI = /\u001b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\][^\u0007\u001b\n]{0,512}(?:\u0007|\u001b\\)?)/g;
// The same colour codes after a copy that lost the ESC character ("[91m[2021-08-23...] [ERROR]").
const BARE_COLOUR = /\[(?:\d{1,3};){0,4}\d{1,3}m(?=\[|\S)/g;

export function stripTerminalCodes(text: string): string {
  if (!text.includes("\u001b") && !text.includes("m")) return text;
  return text
    .replace(ANSI, "")
    .replace(BARE_COLOUR, (m, offset: number, whole: string) => (isLineStartOrAfterSpace(whole, offset) ? "" : m));
}

function isLineStartOrAfterSpace(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const c = text.charCodeAt(offset - 1);
  return c === 10 || c === 13 || c === 32 || c === 9 || c === 93 /* ] */;
}

/** The paste as the classifier reads it, and how many secrets were masked. */
export function preparePaste(text: string): { text: string; redactions: number } {
  const { text: masked, count } = redact(stripTerminalCodes(text));
  return { text: masked, redactions: count };
}
