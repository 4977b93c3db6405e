/**
 * The values the classifier reads from a message (template id, API id,
 * limit...): how they are named to a reader, and which of them a step
 * refers to, so the value from the paste can be shown beside the step.
 */
import type { Step, ValueKey } from "../catalogue/schema";

/** Names as the messages and docs write them, so a reader finds them in the paste. */
export const VALUE_LABEL: Record<ValueKey, string> = {
  templateId: "template_id",
  apiId: "API id",
  policy: "throttling policy",
  limit: "limit",
  window: "time window",
  expiresAt: "expires_at",
  protocol: "protocol",
  ak: "access key (AK)",
  endpoint: "endpoint",
  region: "region",
};

export function valueLabel(key: string): string {
  return (VALUE_LABEL as Record<string, string>)[key] ?? key;
}

/** The values a step names that the paste gives, in the step's order. */
export function stepValues(step: Pick<Step, "values">, values: Readonly<Record<string, string>>): { key: string; label: string; value: string }[] {
  const out: { key: string; label: string; value: string }[] = [];
  for (const key of step.values ?? []) {
    const value = values[key];
    if (typeof value === "string" && value !== "") out.push({ key, label: valueLabel(key), value });
  }
  return out;
}

/** "In your paste: template_id = abc, limit = 50" or null when the step names no value the paste gives. */
export function stepValuesText(step: Pick<Step, "values">, values: Readonly<Record<string, string>>): string | null {
  const found = stepValues(step, values);
  return found.length === 0 ? null : `In your paste: ${found.map((v) => `${v.label} = ${v.value}`).join(", ")}`;
}
