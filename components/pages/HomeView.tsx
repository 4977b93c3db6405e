import type { Metadata } from "next";
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
import { messagesFor, type Locale } from "@/lib/i18n";

export function homeMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  return pageMetadata({ locale, path: "/", title: site.home.title, description: site.home.intro(catalogue.length) });
}

/** / and /zh: the search box, the paste box, every code layer by layer, and how to link errors here. */
export function HomeView({ locale }: { locale: Locale }) {
  const { site } = messagesFor(locale);
  return (
    <>
      <Alternates path="/" />
      {locale === "en" && <LanguageOffer />}
      <h1 className="text-2xl font-bold">{site.home.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{site.home.intro(catalogue.length)}</p>
      <HomeSearch locale={locale} />
      <PasteToDiagnose locale={locale} />
      {LAYERS.map((layer) => (
        <LayerSection
          key={layer}
          layer={layer}
          locale={locale}
          entries={catalogue.filter((e) => e.layer === layer).map((e) => localizeEntry(e, locale))}
        />
      ))}
      <LinkYourErrors locale={locale} />
    </>
  );
}
