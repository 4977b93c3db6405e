/**
 * The values the classifier reads from a message (template id, API id,
 * limit...): how they are named to a reader, and which of them a step
 * refers to, so the value from the paste can be shown beside the step.
 */
import type { Step } from "../catalogue/schema";
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";

/** A value's name as the messages and docs write it, so a reader finds it in the paste, in `locale`. */
export function valueLabel(key: string, locale: Locale = "en"): string {
  return (diagnoseMessages[locale].values.labels as Record<string, string>)[key] ?? key;
}

/** The values a step names that the paste gives, in the step's order. */
export function stepValues(
  step: Pick<Step, "values">,
  values: Readonly<Record<string, string>>,
  locale: Locale = "en",
): { key: string; label: string; value: string }[] {
  const out: { key: string; label: string; value: string }[] = [];
  for (const key of step.values ?? []) {
    const value = values[key];
    if (typeof value === "string" && value !== "") out.push({ key, label: valueLabel(key, locale), value });
  }
  return out;
}

/** "In your paste: template_id = abc, limit = 50" or null when the step names no value the paste gives. */
export function stepValuesText(step: Pick<Step, "values">, values: Readonly<Record<string, string>>, locale: Locale = "en"): string | null {
  const m = diagnoseMessages[locale].values;
  const found = stepValues(step, values, locale);
  return found.length === 0 ? null : m.inPaste(found.map((v) => m.pair(v.label, v.value)));
}
