import Link from "next/link";
import { entryLabel } from "@/lib/catalogue/labels";
import { entryPath } from "@/lib/catalogue/public";
import { parseCode } from "@/lib/codes/normalize";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { searchMessages } from "@/lib/i18n/messages/search";
import { siteMessages } from "@/lib/i18n/messages/site";
import type { ClosestCode, ClosestDoc } from "@/lib/search/closest";

type ClosestEntry = ClosestCode<ClosestDoc & { slug: string }>;

function familySentence(requested: string, locale: Locale): string {
  const m = siteMessages[locale].unknownCode;
  const parsed = parseCode(requested);
  if (!parsed) return m.notACode(requested);
  return parsed.known ? m.knownFamily(parsed.canonical, parsed.family) : m.otherFamily(parsed.canonical, parsed.family);
}

/** "VPC.0301: no such code" (the unknown-code page's title, without the site's name). */
export function unknownCodeTitle(requested: string, locale: Locale): string {
  return requested ? catalogueMessages[locale].unknownCode.metaTitle(requested) : siteMessages[locale].unknownCode.metaTitle;
}

/**
 * What the unknown-code page says: no page for the code asked for, which family it is in, the closest codes
 * and where to look instead. Rendered by the server (UnknownCodeView) and, in the static edition, in the
 * browser by the not-found page (CodeAddressHelp); it uses no hook and nothing server-only.
 */
export function UnknownCodeBody({ locale, requested, closest }: { locale: Locale; requested: string; closest: readonly ClosestEntry[] }) {
  const m = siteMessages[locale].unknownCode;
  const reasons = searchMessages[locale].noResults.reasons as Record<string, string>;
  return (
    <div data-testid="unknown-code">
      <h1 className="text-2xl font-bold">
        {requested ? (
          <>
            {m.noPageFor} <span className="font-mono">{requested}</span>
          </>
        ) : (
          m.noSuchCode
        )}
      </h1>
      <p className="mt-2">{requested ? familySentence(requested, locale) : m.notInCatalogue}</p>
      {closest.length > 0 && (
        <section aria-labelledby="closest-heading" className="mt-4" data-testid="closest-codes">
          <h2 id="closest-heading" className="text-lg font-semibold">
            {m.closest}
          </h2>
          <ul className="mt-1 space-y-1">
            {closest.map(({ doc, reason }) => (
              <li key={doc.slug}>
                <Link href={localePath(locale, entryPath(doc))} className="font-mono text-blue-800 underline">
                  {entryLabel(doc, locale)}
                </Link>{" "}
                <span lang="en">{doc.message}</span> <span className="text-sm text-slate-600">({reasons[reason] ?? reason})</span>
                {locale === "zh" && doc.summaryZh && <span className="block text-sm text-slate-700">{doc.summaryZh}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-4">
        {m.browseBefore}
        <Link href={localePath(locale, "/")} className="text-blue-800 underline">
          {m.browseCatalogue}
        </Link>
        {m.browseMiddle}
        <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">
          {m.browseDiagnose}
        </Link>
        {m.browseAfter}
      </p>
    </div>
  );
}
