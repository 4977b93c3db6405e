import { z } from "zod";
import { CATEGORIES, FIX_OWNERS, LAYERS, RETRY_POLICIES, VALUE_KEYS } from "./constants";
import { schemeOf } from "./url-policy";
import { familyExamples, isCanonicalCode } from "../codes/families";

export { CATEGORIES, LAYER_FAMILY, LAYERS, type Layer } from "./constants";

/**
 * The front matter of one file in content/codes/. Every field a page,
 * the search index or the classifier reads is declared here, so a bad
 * file fails the build with the file and field named.
 */

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A catalogue code: one of our families (lib/codes/families.ts) as spelled there, a dot and four digits. */
const catalogueCode = (message: string) => z.string().refine(isCanonicalCode, message);

const httpStatus = z.number().int().min(100, "an HTTP status between 100 and 599").max(599, "an HTTP status between 100 and 599");

const text = z.string().trim().min(1, "a non-empty string");

/** What a bad front-matter URL gets told ("expected ..."), naming the scheme it has when that is the fault. */
function urlExpectation(expected: string) {
  return (issue: { input?: unknown }): string => {
    const scheme = typeof issue.input === "string" ? schemeOf(issue.input) : null;
    if (scheme === null || scheme === "http" || scheme === "https") return expected;
    return `${expected}, found a ${JSON.stringify(`${scheme}:`)} URL`;
  };
}

/**
 * Every URL in front matter is an absolute http(s) URL: no javascript:, data:,
 * file:, ftp: or any other scheme. `publicUrl` also wants a public domain name
 * (zod's httpUrl), for sources; `httpUrl` takes any host (an intranet wiki at
 * http://wiki/ or http://10.0.0.5/), for a team's own links.
 */
const publicUrl = z.httpUrl({ error: urlExpectation("an http:// or https:// URL with a domain name") });
export const httpUrl = z.url({ protocol: z.regexes.httpProtocol, error: urlExpectation("an http:// or https:// URL") });

const stepSchema = z.strictObject({
  action: text,
  check: text,
  /** Values from the paste this step refers to (the template id, the API id...), shown beside it on the diagnose page. */
  values: z.array(z.enum(VALUE_KEYS)).optional(),
});

const causeSchema = z.strictObject({
  id: z.string().regex(kebab, "a kebab-case id such as token-expired"),
  title: text,
  tell: text,
  /** Case-insensitive fragments of an error message that point to this cause. */
  signals: z.array(text).default([]),
  steps: z.array(stepSchema).min(1, "at least one step"),
});

const messageSchema = z.strictObject({
  text: text,
  httpStatus: httpStatus.nullable(),
  cause: z.string().regex(kebab).optional(),
});

const variantSchema = z.strictObject({
  text: text,
  note: text,
  cause: z.string().regex(kebab).optional(),
});

export const sourceSchema = z.strictObject({
  url: publicUrl,
  note: text,
});

/**
 * The status a real, public paste of this error came with, for entries whose
 * status Huawei does not document (`httpStatus: null`). No prose: the page words
 * it ("seen in practice: 403") and links the source.
 */
const seenStatusSchema = z.strictObject({
  status: httpStatus,
  source: publicUrl,
});

export const frontMatterSchema = z.strictObject({
  code: catalogueCode(`a code such as ${familyExamples()}`).nullable(),
  slug: z.string().min(1).optional(),
  layer: z.enum(LAYERS),
  order: z.number().int().min(1),
  httpStatus: httpStatus.nullable(),
  httpStatusNote: text.optional(),
  seenStatus: seenStatusSchema.optional(),
  summary: text.max(200, "one line of at most 200 characters"),
  category: z.enum(CATEGORIES),
  fixOwner: z.enum(FIX_OWNERS),
  retry: z.strictObject({
    policy: z.enum(RETRY_POLICIES),
    detail: text,
  }),
  messages: z.array(messageSchema).min(1, "at least one documented message"),
  variants: z.array(variantSchema).default([]),
  causes: z.array(causeSchema).min(1, "at least one cause"),
  escalate: z.array(text).default([]),
  related: z.array(catalogueCode("a catalogue code")).default([]),
  /** Words people search with that the docs do not use. A bare number (429) is read as text. */
  keywords: z.array(z.union([text, z.number().transform(String)])).default([]),
  sources: z.array(sourceSchema).min(1, "at least one source"),
  confidence: z.enum(["documented", "inferred"]),
});

type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type Step = z.infer<typeof stepSchema>;
export type DocumentedMessage = z.infer<typeof messageSchema>;
export type MessageVariant = z.infer<typeof variantSchema>;

/** One catalogue entry as the rest of the app sees it. */
export interface Entry extends Omit<FrontMatter, "slug"> {
  slug: string;
  /** The documented message shown as the entry's headline (the first of `messages`). */
  message: string;
  /** Every distinct HTTP status the entry's messages can come with. */
  statuses: number[];
  /** "What went wrong", as Markdown. */
  body: string;
  /** The content file, relative to the project root. */
  file: string;
  /** The Chinese text (content/zh/codes/<slug>.md); set by the build for every entry. */
  zh?: EntryText;
}

/**
 * Everything a person reads on an entry's page, in one language other than
 * English. Arrays follow the English entry's order (causes, steps, variants,
 * ticket items); the documented messages are never translated.
 */
export interface EntryText {
  summary: string;
  httpStatusNote?: string;
  retryDetail: string;
  variantNotes: string[];
  causes: { title: string; tell: string; steps: { action: string; check: string }[] }[];
  escalate: string[];
  keywords: string[];
  /** "What went wrong", as Markdown. */
  body: string;
}

export function isKebab(value: string): boolean {
  return kebab.test(value);
}
