import Link from "next/link";
import type { Entry, Layer } from "@/lib/catalogue/schema";
import { LAYER_INFO } from "@/lib/catalogue/layers";
import { entryPath } from "@/lib/catalogue/public";
import { entryLabel, statusText } from "@/lib/catalogue/markdown";

/** One layer of the catalogue on the home page: a heading with its count and a table of its codes. */
export function LayerSection({ layer, entries }: { layer: Layer; entries: Entry[] }) {
  const info = LAYER_INFO[layer];
  const headingId = `layer-${layer}`;
  return (
    <section aria-labelledby={headingId} className="mt-8" data-testid={`layer-${layer}`}>
      <h2 id={headingId} className="text-xl font-semibold">
        {info.title} <span className="font-mono text-base text-slate-600">{info.family}</span>{" "}
        <span className="text-base font-normal text-slate-600">({entries.length} codes)</span>
      </h2>
      <p className="mt-1 text-sm text-slate-700">{info.blurb}</p>
      <table className="mt-3 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">Code</th>
            <th scope="col" className="py-1 pr-3">Status</th>
            <th scope="col" className="py-1">Message</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.slug} className="border-b border-slate-100 align-top">
              <td className="whitespace-nowrap py-1 pr-3">
                <Link href={entryPath(entry)} className="font-mono text-blue-800 underline-offset-2 hover:underline">
                  {entryLabel(entry)}
                </Link>
              </td>
              <td className="py-1 pr-3 font-mono text-slate-700">{statusText(entry)}</td>
              <td className="py-1">{entry.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
