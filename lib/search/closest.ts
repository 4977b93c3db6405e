import { KNOWN_FAMILIES, knownFamily } from "../codes/families";
import { familyOf, parseCode } from "../codes/normalize";
import type { SearchDocCore } from "./documents";
import { editDistance } from "./prefilter";
import { queryTokens, tokenize } from "./options";
import { isCjkToken } from "./segment";

export type ClosestReason = "same family" | "same number" | "nearest number" | "similar message";

/**
 * What closestCodes reads of a document: a search document (summaryZh) or a
 * catalogue entry (zh.summary) alike.
 */
export type ClosestDoc = Pick<SearchDocCore, "code" | "message" | "summary"> & {
  summaryZh?: string;
  zh?: { summary: string };
};

export interface ClosestCode<D extends ClosestDoc = SearchDocCore> {
  doc: D;
  reason: ClosestReason;
}

/** A family name with a typo ("APGI", "ModelArt") read as the family it most likely is. */
function guessFamily(name: string): string | null {
  const known = knownFamily(name);
  if (known) return known;
  let best: string | null = null;
  let bestDistance = 3;
  for (const family of KNOWN_FAMILIES) {
    const d = editDistance(name.toLowerCase(), family.toLowerCase(), 2);
    if (d < bestDistance) {
      best = family;
      bestDistance = d;
    }
  }
  return best;
}

function numberOf(code: string): number {
  return Number(code.slice(code.indexOf(".") + 1));
}

/** Character trigrams of the Latin words (padded with a space each side). */
function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of tokenize(text)) {
    if (isCjkToken(word)) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Character bigrams of the Chinese text. */
function cjkBigrams(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => isCjkToken(w) && w.length >= 2));
}

/** The share of the query's Chinese bigrams found in the text (a near-synonym counts for the word it stands for). */
function containment(query: Set<string>, queryWithAlternates: Set<string>, text: Set<string>): number {
  if (query.size === 0 || text.size === 0) return 0;
  let shared = 0;
  for (const g of queryWithAlternates) if (text.has(g)) shared++;
  return Math.min(1, shared / query.size);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The codes to offer when a search finds nothing, and on the 404 page for an
 * unknown code (VPC.0301, AIS.9999). For something code-like: the same family
 * first (nearest number first), then the same number in other families, then
 * other codes by nearest number. For free text: the entries whose messages look
 * most alike. The exact code itself is never returned (it is not "closest").
 */
export function closestCodes<D extends ClosestDoc>(queryOrCode: string, docs: readonly D[], n = 5): ClosestCode<D>[] {
  const q = (queryOrCode ?? "").trim();
  if (!q || n <= 0) return [];
  const coded = docs.filter((doc) => doc.code !== null);

  const parsed = parseCode(q);
  const embedded = parsed ? null : /(?<![A-Za-z])([A-Za-z]{2,40})(?:[ \t]*[.\-_:][ \t]*|[ \t]*)(\d{1,4})(?!\d)/.exec(q);
  const bare = parsed || embedded ? null : /(?:^|\D)(\d{1,4})(?!\d)/.exec(q);
  if (parsed || embedded || bare) {
    const family = parsed ? guessFamily(parsed.family) : embedded ? guessFamily(embedded[1]!) : null;
    const number = Number(parsed ? parsed.number : embedded ? embedded[2] : bare![1]);
    const exact = family ? `${family}.${String(number).padStart(4, "0")}`.toLowerCase() : null;
    const ranked = coded
      .filter((doc) => doc.code!.toLowerCase() !== exact)
      .map((doc) => {
        const sameFamily = family !== null && familyOf(doc.code!) === family;
        const distance = Math.abs(numberOf(doc.code!) - number);
        const tier = sameFamily ? 0 : distance === 0 ? 1 : 2;
        const reason: ClosestReason = sameFamily ? "same family" : distance === 0 ? "same number" : "nearest number";
        return { doc, tier, distance, reason };
      })
      .sort((a, b) => a.tier - b.tier || a.distance - b.distance || numberOf(a.doc.code!) - numberOf(b.doc.code!));
    return ranked.slice(0, n).map(({ doc, reason }) => ({ doc, reason }));
  }

  const family = guessFamily(q);
  if (family && !q.includes(" ")) {
    return coded
      .filter((doc) => familyOf(doc.code!) === family)
      .slice(0, n)
      .map((doc) => ({ doc, reason: "same family" as const }));
  }

  // Latin text: trigrams against the messages. Chinese (no spaces, and never in the messages):
  // the share of the query's character bigrams that the Chinese summary holds.
  const grams = trigrams(q);
  const zh = cjkBigrams(queryTokens(q, { alternates: false }));
  const zhAlternates = cjkBigrams(queryTokens(q));
  return docs
    .map((doc) => {
      const latin =
        grams.size === 0 ? 0 : Math.max(similarity(grams, trigrams(doc.message)), similarity(grams, trigrams(doc.summary)) * 0.9);
      const chinese = zh.size === 0 ? 0 : containment(zh, zhAlternates, cjkBigrams(tokenize(doc.summaryZh ?? doc.zh?.summary ?? ""))) * 0.5;
      return { doc, s: Math.max(latin, chinese) };
    })
    .filter((x) => x.s > 0.15)
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map(({ doc }) => ({ doc, reason: "similar message" as const }));
}
