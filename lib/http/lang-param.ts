import { LOCALES, isLocale, type Locale } from "../i18n/locales";
import { jsonError } from "./json-error";

/**
 * The `lang` query parameter of the JSON APIs: null when absent (the answer as it
 * always was), a Locale when it names one, and otherwise a 400 answer that says
 * which values there are. Given twice, it is refused rather than guessed.
 */
export function langParam(url: string): { locale: Locale | null } | { error: Response } {
  const values = new URL(url).searchParams.getAll("lang");
  if (values.length === 0) return { locale: null };
  const allowed = `${LOCALES.map((l) => `lang=${l}`).join(" or ")}, or leave it out for the answer in English`;
  if (values.length > 1) return { error: jsonError(400, "invalid_lang", `Give lang once: ${allowed}.`) };
  const value = values[0] ?? "";
  if (isLocale(value)) return { locale: value };
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return { error: jsonError(400, "invalid_lang", `lang=${JSON.stringify(shown)} is not a language this desk answers in. Use ${allowed}.`) };
}
