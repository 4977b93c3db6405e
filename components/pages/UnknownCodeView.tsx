import type { Metadata } from "next";
import { headers } from "next/headers";
import { pageMetadata } from "@/components/site/page-metadata";
import { REQUESTED_CODE_HEADER } from "@/lib/catalogue/resolve";
import { messagesFor, type Locale } from "@/lib/i18n";
import { closestCodes, searchDocs } from "@/lib/search";
import { UnknownCodeBody } from "./UnknownCodeBody";

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

/**
 * What /codes/<something not in the catalogue> (and /zh/codes/...) shows, with status 404.
 * proxy.ts rewrites such requests here and passes the code asked for in a
 * request header (reading it here keeps the code pages themselves static). The
 * page renders whole, so it reads the same without script; the proxy marks the
 * response and the production server answers it with 404 (lib/http/page-status.ts).
 */
export async function UnknownCodeView({ locale }: { locale: Locale }) {
  const requested = await requestedCode();
  const closest = requested ? closestCodes(requested, searchDocs, 6) : [];
  return <UnknownCodeBody locale={locale} requested={requested} closest={closest} />;
}
