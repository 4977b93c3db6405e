import type { Metadata } from "next";
import Link from "next/link";
import { LayerSection } from "@/components/catalogue/LayerSection";
import { LinkYourErrors } from "@/components/home/LinkYourErrors";
import { PasteToDiagnose } from "@/components/home/PasteToDiagnose";
import { HomeSearch } from "@/components/search/HomeSearch";
import { Alternates } from "@/components/site/Alternates";
import { LanguageOffer } from "@/components/site/LanguageOffer";
import { pageMetadata } from "@/components/site/page-metadata";
import { catalogue } from "@/lib/catalogue";
import { LAYERS } from "@/lib/catalogue/constants";
import { localizeEntry } from "@/lib/catalogue/localize";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";
import { getSearcher } from "@/lib/search";
import { pasteKind } from "@/lib/search/paste";
import { PAGE_RESULT_LIMIT, filtersFromParams, type InitialSearch } from "@/lib/search/url-state";

export function homeMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  return pageMetadata({ locale, path: "/", title: site.home.title, description: site.home.intro(catalogue.length) });
}

/**
 * The search an address asks for (`/?q=rate+limit&status=429`), found on the server, so that the home page
 * shows results in a browser without JavaScript. A paste is not searched: the box offers the diagnose page.
 */
export function searchOnServer(params: URLSearchParams): InitialSearch {
  const query = params.get("q") ?? "";
  const filters = filtersFromParams(params);
  const searchable = (query.trim() !== "" || Object.keys(filters).length > 0) && !pasteKind(query);
  return { query, filters, results: searchable ? getSearcher()(query, filters, PAGE_RESULT_LIMIT) : [] };
}

/**
 * / and /zh: the search box, the paste box, every code layer by layer, and how to link errors here.
 * Loaded with a search in its address (`search`, rendered on each request), it shows the results and the
 * paste box and links to the whole catalogue instead of listing it, so that page stays cheap to render.
 */
export function HomeView({ locale, search }: { locale: Locale; search?: InitialSearch }) {
  const { site } = messagesFor(locale);
  return (
    <>
      <Alternates path="/" />
      {locale === "en" && <LanguageOffer />}
      <h1 className="text-2xl font-bold">{site.home.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{site.home.intro(catalogue.length)}</p>
      <HomeSearch locale={locale} initial={search} />
      <PasteToDiagnose locale={locale} />
      {search && (
        <p className="mt-6" data-testid="whole-catalogue">
          {site.home.wholeCatalogue.before}
          <Link href={localePath(locale, "/")} className="text-blue-800 underline">
            {site.home.wholeCatalogue.link}
          </Link>
          {site.home.wholeCatalogue.after}
        </p>
      )}
      {!search &&
        LAYERS.map((layer) => (
          <LayerSection
            key={layer}
            layer={layer}
            locale={locale}
            entries={catalogue.filter((e) => e.layer === layer).map((e) => localizeEntry(e, locale))}
          />
        ))}
      {!search && <LinkYourErrors locale={locale} />}
    </>
  );
}
