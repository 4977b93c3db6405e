/**
 * A search as the home page's address holds it: `/?q=rate+limit&layer=apig&status=429&category=…`
 * (and `/zh?…`). The search box writes it, the back button reads it back, and the server renders
 * results from it for a browser without JavaScript. Pure: no React, no DOM.
 */
import { CATEGORIES, LAYERS, type Layer } from "../catalogue/constants";
import { localePath, type Locale } from "../i18n/locales";
import type { SearchFilters, SearchResult } from "./search";

/** Results the server found for the address's query (the home page asked for with `?q=`). */
export interface InitialSearch {
  query: string;
  filters: SearchFilters;
  results: SearchResult[];
}

/** How many results the home page lists. */
export const PAGE_RESULT_LIMIT = 20;

/** The filters an address asks for; values that are not a layer, a status or a category are ignored. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = {};
  const layer = params.get("layer");
  if (layer && (LAYERS as readonly string[]).includes(layer)) filters.layer = layer as Layer;
  const status = Number(params.get("status"));
  if (Number.isInteger(status) && status >= 100 && status <= 599) filters.status = status;
  const category = params.get("category");
  if (category && (CATEGORIES as readonly string[]).includes(category)) filters.category = category as SearchFilters["category"];
  return filters;
}

/** Whether an address asks for a search at all: a query with words in it, or a filter. */
export function asksForSearch(params: URLSearchParams): boolean {
  return (params.get("q") ?? "").trim() !== "" || Object.keys(filtersFromParams(params)).length > 0;
}

/** The home page's address (without a base path) for a query and filters, with spaces written as "+". */
export function searchUrl(query: string, filters: SearchFilters, locale: Locale): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (filters.layer) params.set("layer", filters.layer);
  if (filters.status) params.set("status", String(filters.status));
  if (filters.category) params.set("category", filters.category);
  const text = params.toString().replace(/%20/g, "+");
  const home = localePath(locale, "/");
  return text ? `${home}?${text}` : home;
}

/** A page's `searchParams` (a value per name, a list when repeated) as URLSearchParams; the first of a list counts. */
export function paramsFromRecord(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return params;
}

/**
 * The home page's address in a language under the app's base path, as the search form's action: "/",
 * "/zh", "/ocr-errors", "/ocr-errors/zh". Never "/ocr-errors/", which Next answers with a redirect that
 * spells the query's spaces as %20.
 */
export function homeAddress(locale: Locale, basePath: string): string {
  const home = localePath(locale, "/");
  if (!basePath) return home;
  return home === "/" ? basePath : `${basePath}${home}`;
}
