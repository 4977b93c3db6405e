import { localePath, type Locale } from "../i18n/locales";
import { localizeEntry } from "./localize";
import type { Entry } from "./schema";

/** The page path of an entry, without any base path or language. */
export function entryPath(entry: Pick<Entry, "slug">): string {
  return `/codes/${entry.slug}`;
}

/**
 * The shape the JSON API returns for one entry, in `locale`: the text fields in that
 * language and the page in that language. English is the shape the API always had.
 */
export function toPublicEntry(entry: Entry, basePath = "", locale: Locale = "en") {
  const { body, file, zh: _text, ...rest } = localizeEntry(entry, locale);
  const keywords = locale === "zh" && entry.zh ? entry.zh.keywords : rest.keywords;
  return { ...rest, keywords, url: `${basePath}${localePath(locale, entryPath(entry))}`, whatWentWrong: body };
}
