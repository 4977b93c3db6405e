import Link from "next/link";
import type { Entry, Layer } from "@/lib/catalogue/schema";
import { GatewayFamiliesNote } from "@/components/catalogue/GatewayFamiliesNote";
import { entryPath } from "@/lib/catalogue/public";
import { entryLabel, statusText } from "@/lib/catalogue/labels";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";

/**
 * One layer of the catalogue on the home page: a heading with its count and a table of its codes.
 * On the Chinese page each row also gives the entry's Chinese summary under the English message.
 */
export function LayerSection({ layer, entries, locale }: { layer: Layer; entries: Entry[]; locale: Locale }) {
  const m = messagesFor(locale).catalogue;
  const info = m.layers[layer];
  const headingId = `layer-${layer}`;
  return (
    <section aria-labelledby={headingId} className="mt-8" data-testid={`layer-${layer}`}>
      <h2 id={headingId} className="text-xl font-semibold">
        {info.title} <span className="text-base font-normal text-slate-600">({m.codesCount(entries.length)})</span>
      </h2>
      <p className="mt-1 text-sm text-slate-700">{info.blurb}</p>
      {layer === "apigw" && <GatewayFamiliesNote locale={locale} className="mt-1" />}
      <table className="mt-3 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">
              {m.table.code}
            </th>
            <th scope="col" className="py-1 pr-3">
              {m.table.status}
            </th>
            <th scope="col" className="py-1">
              {m.table.message}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.slug} className="border-b border-slate-100 align-top">
              <td className="whitespace-nowrap py-1 pr-3">
                <Link href={localePath(locale, entryPath(entry))} className="font-mono text-blue-800 underline-offset-2 hover:underline">
                  {entryLabel(entry, locale)}
                </Link>
              </td>
              <td className="py-1 pr-3 font-mono text-slate-700">{statusText(entry, locale)}</td>
              <td className="py-1">
                <span lang="en">{entry.message}</span>
                {locale !== "en" && <span className="block text-slate-600">{entry.summary}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
