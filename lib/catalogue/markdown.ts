import type { Entry } from "./schema";
import { FIX_OWNER_LABEL, LAYER_INFO, RETRY_LABEL } from "./layers";

/** The status (or statuses) of an entry, as people read them. */
export function statusText(entry: Pick<Entry, "httpStatus" | "statuses">): string {
  if (entry.statuses.length > 1) return entry.statuses.join(" / ");
  if (entry.httpStatus !== null) return String(entry.httpStatus);
  return entry.statuses[0] !== undefined ? String(entry.statuses[0]) : "unknown";
}

/** The label used for an entry in lists: its code, or its message when it has none. */
export function entryLabel(entry: Pick<Entry, "code" | "message">): string {
  return entry.code ?? "No documented code";
}

/**
 * The entry as Markdown, to paste into a ticket or a wiki.
 * `pageUrl` is the absolute link to the code's page.
 */
export function entryToMarkdown(entry: Entry, pageUrl: string): string {
  const lines: string[] = [];
  lines.push(`## ${entryLabel(entry)}: ${entry.message}`, "");
  lines.push(entry.summary, "");
  lines.push(`- Layer: ${LAYER_INFO[entry.layer].title} (${LAYER_INFO[entry.layer].family})`);
  lines.push(`- HTTP status: ${statusText(entry)}`);
  lines.push(`- Whose fix: ${FIX_OWNER_LABEL[entry.fixOwner]}`);
  lines.push(`- Retry: ${RETRY_LABEL[entry.retry.policy]}. ${entry.retry.detail}`);
  lines.push(`- Page: ${pageUrl}`, "");
  for (const cause of entry.causes) {
    lines.push(`### Cause: ${cause.title}`, "", `How to tell: ${cause.tell}`, "");
    cause.steps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.action}`, `   - Check: ${step.check}`);
    });
    lines.push("");
  }
  if (entry.escalate.length > 0) {
    lines.push("### For a support ticket", "");
    for (const item of entry.escalate) lines.push(`- ${item}`);
    lines.push("");
  }
  lines.push("Sources: " + entry.sources.map((s) => s.url).join(", "));
  return lines.join("\n");
}
