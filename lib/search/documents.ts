import type { Entry, Layer } from "../catalogue/schema";
import type { CATEGORIES } from "../catalogue/schema";

export type Category = (typeof CATEGORIES)[number];

/**
 * What a search result shows: the fields the browser needs to render a row
 * and to filter. This is the shape of generated/search-docs.json.
 */
export interface SearchDocCore {
  /** Page slug: /codes/<slug>. Equal to the code when there is one. */
  slug: string;
  code: string | null;
  layer: Layer;
  httpStatus: number | null;
  /** Every HTTP status the entry's messages can come with. */
  statuses: number[];
  category: Category;
  /** The headline documented message. */
  message: string;
  summary: string;
  /** The Chinese summary, for a Chinese page; "" when the entry has no Chinese text yet. */
  summaryZh: string;
}

/**
 * A document as the index is built from it: the display fields plus the
 * searchable text, in English and in Chinese (empty while an entry has no
 * Chinese file). The searchable text is stored once, inside the serialised
 * fuse.js index, so the browser is shipped SearchDocCore only (see compactDocs).
 */
export interface SearchDoc extends SearchDocCore {
  /** Documented messages, then their run-time variants. */
  messages: string[];
  /** Words people search with that the docs do not use. */
  keywords: string[];
  /** One string per cause: `${title}${CAUSE_SEPARATOR}${tell}`. */
  causes: string[];
  /** The action of every step, in cause order. */
  steps: string[];
  /** The Chinese words people search with (欠费, 限流, 图片过大 ...). */
  keywordsZh: string[];
  /** One string per cause, in the English causes' order: `${title}${CAUSE_SEPARATOR}${tell}`. */
  causesZh: string[];
  /** The Chinese action of every step, in cause order. */
  stepsZh: string[];
}

/** Joins a cause's title and its tell in the `causes` field. */
export const CAUSE_SEPARATOR = " \u2014 ";

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const v = value.trim();
    const key = v.toLowerCase();
    if (v && !seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

function toSearchDoc(entry: Entry): SearchDoc {
  const zh = entry.zh;
  return {
    slug: entry.slug,
    code: entry.code,
    layer: entry.layer,
    httpStatus: entry.httpStatus,
    statuses: entry.statuses,
    category: entry.category,
    message: entry.message,
    summary: entry.summary,
    messages: unique([...entry.messages.map((m) => m.text), ...entry.variants.map((v) => v.text)]),
    keywords: unique(entry.keywords.map(String)),
    causes: entry.causes.map((c) => `${c.title.trim()}${CAUSE_SEPARATOR}${c.tell.trim()}`),
    steps: unique(entry.causes.flatMap((c) => c.steps.map((s) => s.action))),
    summaryZh: zh?.summary.trim() ?? "",
    keywordsZh: unique((zh?.keywords ?? []).map(String)),
    causesZh: (zh?.causes ?? []).map((c) => `${c.title.trim()}${CAUSE_SEPARATOR}${c.tell.trim()}`),
    stepsZh: unique((zh?.causes ?? []).flatMap((c) => c.steps.map((s) => s.action))),
  };
}

/** Catalogue entries to search documents, in catalogue order. */
export function toSearchDocs(entries: readonly Entry[]): SearchDoc[] {
  return entries.map(toSearchDoc);
}

/**
 * Drops the searchable text (it lives in the index) to keep the browser
 * payload small. The summaries and the headline message go the other way:
 * the shipped index leaves them out and takes them from these documents
 * (index-build.ts), so each is downloaded once.
 */
export function compactDocs(docs: readonly SearchDocCore[]): SearchDocCore[] {
  return docs.map(({ slug, code, layer, httpStatus, statuses, category, message, summary, summaryZh }) => ({
    slug,
    code,
    layer,
    httpStatus,
    statuses,
    category,
    message,
    summary,
    summaryZh: summaryZh ?? "",
  }));
}
