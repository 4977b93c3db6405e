import Fuse from "fuse.js";
import type { SearchDoc, SearchDocCore } from "./documents";
import { FUSE_OPTIONS } from "./options";
import { hasCjk, wordCount } from "./segment";

/**
 * The index shipped to the browser (generated/search-index.json), and how it
 * becomes the fuse.js index again.
 *
 * fuse.js serialises an index as `{ keys, records }`, each record holding each
 * string as `{ v, i, n }` (the string, its position in its array, its
 * field-length norm). Shipped like that, the structure costs a sixth of the
 * gzip size, and the summaries and the headline message would be downloaded
 * twice (search-docs.json holds them). So the shipped form keeps only the
 * strings, one array per document:
 *
 *   records[doc][key] = "string" | null | 0 | Array<"string" | null | 0>
 *
 * where null is "the document's own string" (summary, summaryZh, and the
 * first of `messages`, which is `message`) and 0 is "none" (no string for
 * that key, or a blank skipped in an array). The position in an array is
 * fuse.js's `i`, and `n` is computed again on load, as fuse.js computes it
 * (1/sqrt(words), counting words by spaces), except that a string with
 * Chinese counts one word per two CJK characters: by spaces, a Chinese
 * sentence would be one word and outweigh every English string.
 */

/** The fuse.js index as fuse.js serialises and parses it. */
export type FuseIndexJson = ReturnType<ReturnType<typeof Fuse.createIndex<SearchDoc>>["toJSON"]>;

type Field = string | null | 0;
type PackedField = Field | Field[];

/** The shape of generated/search-index.json. */
export interface SearchIndexJson {
  format: "strings-v1";
  keys: FuseIndexJson["keys"];
  /** Per document, in the documents' order: per key (in `keys` order), its strings. Trailing empty keys are left off. */
  records: PackedField[][];
}

interface SubRecordJson {
  v: string;
  i?: number;
  n: number;
}

interface RecordJson {
  i: number;
  $: Record<number, SubRecordJson | SubRecordJson[]>;
}

/** The strings the shipped documents hold already, by key: left out of the shipped index. */
function sharedText(key: string, doc: SearchDocCore, position: number | undefined): string | undefined {
  if (key === "summary") return doc.summary;
  if (key === "summaryZh") return doc.summaryZh;
  if (key === "messages" && position === 0) return doc.message;
  return undefined;
}

function isSeparator(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160;
}

/** fuse.js's own word count (runs between whitespace), as its field norm uses it. */
function spaceWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (!isSeparator(text.charCodeAt(i))) {
      if (!inWord) count++;
      inWord = true;
    } else inWord = false;
  }
  return Math.max(1, count);
}

/** The field-length norm of a string: fuse.js's (fieldNormWeight 1), with Chinese counted by its length. */
export function fieldNorm(text: string): number {
  const words = hasCjk(text) ? wordCount(text) : spaceWords(text);
  return Math.round(1000 / Math.sqrt(words)) / 1000;
}

/** Builds the index once, at build time (scripts/build-data.ts); the browser only unpacks it. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexJson {
  const json = Fuse.createIndex(FUSE_OPTIONS.keys!, docs).toJSON();
  const keys = json.keys.map((k) => k.id);
  const records = (json.records as unknown as RecordJson[]).map((record) => {
    const doc = docs[record.i]!;
    const fields: PackedField[] = keys.map((key, k) => {
      const value = record.$[k];
      if (value === undefined) return 0;
      if (!Array.isArray(value)) return value.v === sharedText(key, doc, undefined) ? null : value.v;
      const out: Field[] = [];
      for (const sub of value) out[sub.i!] = sub.v === sharedText(key, doc, sub.i) ? null : sub.v;
      return Array.from(out, (v) => (v === undefined ? 0 : v));
    });
    while (fields.length > 0 && fields[fields.length - 1] === 0) fields.pop();
    return fields;
  });
  if (records.length !== docs.length || (json.records as unknown as RecordJson[]).some((r, at) => r.i !== at)) {
    throw new Error("buildSearchIndex: expected one fuse.js record per document, in order");
  }
  return { format: "strings-v1", keys: json.keys, records };
}

/** The fuse.js index from the shipped one and the shipped documents (the same documents, in the same order). */
export function unpackSearchIndex(packed: SearchIndexJson, docs: readonly SearchDocCore[]): FuseIndexJson {
  const keys = packed.keys.map((k) => k.id);
  const records: RecordJson[] = packed.records.map((fields, docIndex) => {
    const doc = docs[docIndex]!;
    const $: RecordJson["$"] = {};
    fields.forEach((field, k) => {
      if (field === 0) return;
      if (!Array.isArray(field)) {
        const v = field ?? sharedText(keys[k]!, doc, undefined) ?? "";
        $[k] = { v, n: fieldNorm(v) };
        return;
      }
      const subs: SubRecordJson[] = [];
      field.forEach((item, i) => {
        if (item === 0) return;
        const v = item ?? sharedText(keys[k]!, doc, i) ?? "";
        subs.push({ v, i, n: fieldNorm(v) });
      });
      $[k] = subs;
    });
    return { i: docIndex, $ };
  });
  return { keys: packed.keys, records } as unknown as FuseIndexJson;
}
