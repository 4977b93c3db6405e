import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { pageMetadata } from "@/components/site/page-metadata";
import { entryLabel } from "@/lib/catalogue/markdown";
import { entryPath } from "@/lib/catalogue/public";
import { REQUESTED_CODE_HEADER } from "@/lib/catalogue/resolve";
import { parseCode } from "@/lib/codes/normalize";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";
import { closestCodes, searchDocs } from "@/lib/search";

/**
 * The code asked for, as proxy.ts passed it in a request header (the view and
 * its metadata read the same one): percent-decoded when it can be, at most 80 characters.
 */
async function requestedCode(): Promise<string> {
  const raw = (await headers()).get(REQUESTED_CODE_HEADER) ?? "";
  let requested = raw;
  try {
    requested = decodeURIComponent(raw);
  } catch {
    // Shown as it came.
  }
  return requested.slice(0, 80);
}

/** The 404 page's metadata, naming the code asked for: "VPC.0301: no such code · OCR Error Desk". Not indexed. */
export async function unknownCodeMetadata(locale: Locale): Promise<Metadata> {
  const requested = await requestedCode();
  const { site, catalogue } = messagesFor(locale);
  return pageMetadata({
    locale,
    path: `/codes/${encodeURIComponent(requested)}`,
    title: requested ? catalogue.unknownCode.metaTitle(requested) : site.unknownCode.metaTitle,
    description: requested ? catalogue.unknownCode.metaDescription(requested) : site.unknownCode.notInCatalogue,
    noIndex: true,
  });
}

function familySentence(requested: string, locale: Locale): string {
  const m = messagesFor(locale).site.unknownCode;
  const parsed = parseCode(requested);
  if (!parsed) return m.notACode(requested);
  return parsed.known ? m.knownFamily(parsed.canonical, parsed.family) : m.otherFamily(parsed.canonical, parsed.family);
}

/**
 * What /codes/<something not in the catalogue> (and /zh/codes/...) shows, with status 404.
 * proxy.ts rewrites such requests here and passes the code asked for in a
 * request header (reading it here keeps the code pages themselves static). The
 * page renders whole, so it reads the same without script; the proxy marks the
 * response and the production server answers it with 404 (lib/http/page-status.ts).
 */
export async function UnknownCodeView({ locale }: { locale: Locale }) {
  const { site, search } = messagesFor(locale);
  const m = site.unknownCode;
  const requested = await requestedCode();
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
