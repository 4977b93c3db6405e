/**
 * The addresses the static edition is made of (`npm run build:static` fetches each from the production
 * server and writes it to its file; see layout.ts for where each goes).
 */
import { LOCALES, localePath, type Locale } from "../i18n/locales";
import { codeEntryFile, codeListFile, notFoundFile, pageFile } from "./layout";

type StaticItemKind = "page" | "not-found" | "json" | "asset";

export interface StaticItem {
  /** The address without the base path, query included ("/api/codes?lang=zh"). */
  address: string;
  /** Where it goes, relative to the static folder. */
  file: string;
  kind: StaticItemKind;
  /** The status the server must answer with. */
  status: 200 | 404;
}

/** An address no route answers, outside /codes, for each language's not-found page. */
export const NOT_FOUND_PROBE = "/__static-edition__/not-found";

function langQuery(locale: Locale): string {
  return locale === "en" ? "" : `?lang=${locale}`;
}

/**
 * Every page in both languages (home, diagnose, each code), the 404 pages, the OpenSearch descriptions, the
 * JSON list and one JSON file per code in both languages, and `prerendered`: other routes the build
 * prerendered (its prerender-manifest.json), so a page or file added later is not forgotten. Each address
 * appears once.
 */
export function staticEditionPlan(slugs: readonly string[], prerendered: readonly string[] = []): StaticItem[] {
  const items = new Map<string, StaticItem>();
  const add = (item: StaticItem) => {
    if (!items.has(item.address)) items.set(item.address, item);
  };
  for (const locale of LOCALES) {
    for (const path of ["/", "/diagnose", ...slugs.map((slug) => `/codes/${slug}`)]) {
      const address = localePath(locale, path);
      add({ address, file: pageFile(address), kind: "page", status: 200 });
    }
    add({ address: localePath(locale, NOT_FOUND_PROBE), file: notFoundFile(locale), kind: "not-found", status: 404 });
    const openSearch = localePath(locale, "/opensearch.xml");
    add({ address: openSearch, file: openSearch.slice(1), kind: "asset", status: 200 });
    add({ address: `/api/codes${langQuery(locale)}`, file: codeListFile(locale), kind: "json", status: 200 });
    for (const slug of slugs) {
      add({
        address: `/api/codes/${encodeURIComponent(slug)}${langQuery(locale)}`,
        file: codeEntryFile(slug, locale),
        kind: "json",
        status: 200,
      });
    }
  }
  for (const route of prerendered) {
    if (route === "/_not-found" || route.startsWith("/_")) continue;
    const last = route.slice(route.lastIndexOf("/") + 1);
    // A route with a file name ending (/icon.svg) is a file; any other is a page.
    if (/\.[A-Za-z0-9]+$/.test(last) && !/^\d+$/.test(last.slice(last.lastIndexOf(".") + 1))) {
      add({ address: route, file: route.slice(1), kind: "asset", status: 200 });
    } else {
      add({ address: route, file: pageFile(route), kind: "page", status: 200 });
    }
  }
  return [...items.values()];
}
