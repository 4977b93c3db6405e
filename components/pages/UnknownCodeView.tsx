import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { entryLabel } from "@/lib/catalogue/markdown";
import { entryPath } from "@/lib/catalogue/public";
import { REQUESTED_CODE_HEADER } from "@/lib/catalogue/resolve";
import { parseCode } from "@/lib/codes/normalize";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";
import { closestCodes, searchDocs } from "@/lib/search";

export function unknownCodeMetadata(locale: Locale): Metadata {
  return { title: messagesFor(locale).site.unknownCode.metaTitle, robots: { index: false } };
}

function familySentence(requested: string, locale: Locale): string {
  const m = messagesFor(locale).site.unknownCode;
  const parsed = parseCode(requested);
  if (!parsed) return m.notACode(requested);
  return parsed.known ? m.knownFamily(parsed.canonical, parsed.family) : m.otherFamily(parsed.canonical, parsed.family);
}

/**
 * What /codes/<something not in the catalogue> (and /zh/codes/...) shows, with status 404.
 * middleware.ts rewrites such requests here and passes the code asked for in a
 * request header (reading it here keeps the code pages themselves static). The
 * page renders whole, so it reads the same without script; middleware marks the
 * response and the production server answers it with 404 (lib/http/page-status.ts).
 */
export async function UnknownCodeView({ locale }: { locale: Locale }) {
  const { site, search } = messagesFor(locale);
  const m = site.unknownCode;
  const raw = (await headers()).get(REQUESTED_CODE_HEADER) ?? "";
  let requested = raw;
  try {
    requested = decodeURIComponent(raw);
  } catch {
    // Shown as it came.
  }
  requested = requested.slice(0, 80);
  const closest = requested ? closestCodes(requested, searchDocs, 6) : [];

  return (
    <div data-testid="unknown-code">
      <h1 className="text-2xl font-bold">
        {requested ? <>{m.noPageFor} <span className="font-mono">{requested}</span></> : m.noSuchCode}
      </h1>
      <p className="mt-2">{requested ? familySentence(requested, locale) : m.notInCatalogue}</p>
      {closest.length > 0 && (
        <section aria-labelledby="closest-heading" className="mt-4" data-testid="closest-codes">
          <h2 id="closest-heading" className="text-lg font-semibold">{m.closest}</h2>
          <ul className="mt-1 space-y-1">
            {closest.map(({ doc, reason }) => (
              <li key={doc.slug}>
                <Link href={localePath(locale, entryPath(doc))} className="font-mono text-blue-800 underline">{entryLabel(doc, locale)}</Link>{" "}
                <span lang="en">{doc.message}</span>{" "}
                <span className="text-sm text-slate-600">({search.noResults.reasons[reason] ?? reason})</span>
                {locale === "zh" && doc.summaryZh && <span className="block text-sm text-slate-700">{doc.summaryZh}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-4">
        {m.browseBefore}
        <Link href={localePath(locale, "/")} className="text-blue-800 underline">{m.browseCatalogue}</Link>
        {m.browseMiddle}
        <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">{m.browseDiagnose}</Link>
        {m.browseAfter}
      </p>
    </div>
  );
}
