import type { Metadata } from "next";
import { DiagnoseClient } from "@/components/diagnose/DiagnoseClient";
import { Alternates } from "@/components/site/Alternates";
import { pageMetadata } from "@/components/site/page-metadata";
import { messagesFor, type Locale } from "@/lib/i18n";

export function diagnoseMetadata(locale: Locale): Metadata {
  const { site } = messagesFor(locale);
  return pageMetadata({ locale, path: "/diagnose", title: site.diagnosePage.metaTitle, description: site.diagnosePage.metaDescription });
}

/** /diagnose and /zh/diagnose: the paste box; the reading happens in the browser. */
export function DiagnoseView({ locale }: { locale: Locale }) {
  const { site } = messagesFor(locale);
  return (
    <>
      <Alternates path="/diagnose" />
      <h1 className="text-2xl font-bold">{site.diagnosePage.title}</h1>
      <noscript>
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2">{site.diagnosePage.noScript}</p>
      </noscript>
      <div className="mt-4">
        <DiagnoseClient locale={locale} />
      </div>
    </>
  );
}
