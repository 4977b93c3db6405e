import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { REQUESTED_CODE_HEADER } from "@/lib/catalogue/resolve";
import { catalogue } from "@/lib/catalogue";
import { entryLabel } from "@/lib/catalogue/markdown";
import { entryPath } from "@/lib/catalogue/public";
import { parseCode } from "@/lib/codes/normalize";
import { closestCodes } from "@/lib/search/closest";

function familySentence(requested: string): string {
  const parsed = parseCode(requested);
  if (!parsed) return `"${requested}" does not look like an error code. Codes look like AIS.0101, ModelArts.4204, APIG.0308 or APIGW.0101.`;
  if (parsed.known) {
    return `${parsed.canonical} is in the ${parsed.family} family, which this catalogue covers, but Huawei documents no such code for OCR.`;
  }
  return `${parsed.canonical} belongs to the ${parsed.family} family, which is another Huawei Cloud service, not OCR. Look it up in that service's error-code page; the codes below are the nearest in this catalogue.`;
}

export const metadata: Metadata = { title: "Unknown error code", robots: { index: false } };

/**
 * What /codes/<something not in the catalogue> shows, with status 404.
 * middleware.ts rewrites such requests here and passes the code asked for in a
 * request header (reading it here keeps the code pages themselves static). The
 * page renders whole, so it reads the same without script; middleware marks the
 * response and the production server answers it with 404 (lib/http/page-status.ts).
 */
export default async function UnknownCodePage() {
  const raw = (await headers()).get(REQUESTED_CODE_HEADER) ?? "";
  let requested = raw;
  try {
    requested = decodeURIComponent(raw);
  } catch {
    // Shown as it came.
  }
  requested = requested.slice(0, 80);
  const closest = requested ? closestCodes(requested, catalogue, 6) : [];

  return (
    <div data-testid="unknown-code">
      <h1 className="text-2xl font-bold">
        {requested ? <>No page for <span className="font-mono">{requested}</span></> : "No such code"}
      </h1>
      <p className="mt-2">{requested ? familySentence(requested) : "This code is not in the catalogue."}</p>
      {closest.length > 0 && (
        <section aria-labelledby="closest-heading" className="mt-4" data-testid="closest-codes">
          <h2 id="closest-heading" className="text-lg font-semibold">Closest codes</h2>
          <ul className="mt-1 space-y-1">
            {closest.map(({ doc, reason }) => (
              <li key={doc.slug}>
                <Link href={entryPath(doc)} className="font-mono text-blue-800 underline">{entryLabel(doc)}</Link>{" "}
                <span>{doc.message}</span> <span className="text-sm text-slate-600">({reason})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-4">
        Browse the <Link href="/" className="text-blue-800 underline">whole catalogue</Link>, or paste the response on
        the <Link href="/diagnose" className="text-blue-800 underline">diagnose page</Link>.
      </p>
    </div>
  );
}
