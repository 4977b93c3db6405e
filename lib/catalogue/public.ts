import type { Entry } from "./schema";

/** The page path of an entry, without any base path. */
export function entryPath(entry: Pick<Entry, "slug">): string {
  return `/codes/${entry.slug}`;
}

/** The shape the JSON API returns for one entry. */
export function toPublicEntry(entry: Entry, basePath = "") {
  const { body, file, ...rest } = entry;
  return { ...rest, url: `${basePath}${entryPath(entry)}`, whatWentWrong: body };
}

export type PublicEntry = ReturnType<typeof toPublicEntry>;
