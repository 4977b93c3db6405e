import type { Entry } from "@/lib/catalogue/schema";
import { messageToCauseRows } from "@/lib/catalogue/cause-messages";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/**
 * "Which message do you have?": for an entry whose messages or variants point to
 * different causes, each documented message beside a link to its cause. Always
 * open (no <details>), so it reads the same without script. Renders nothing for
 * entries whose message does not tell the causes apart.
 */
export function WhichMessageTable({ entry, locale }: { entry: Entry; locale: Locale }) {
  const rows = messageToCauseRows(entry);
  if (rows.length === 0) return null;
  const p = catalogueMessages[locale].page;
  const withStatus = rows.some((r) => r.httpStatus !== null);
  return (
    <section aria-labelledby="which-heading" className="mt-3" data-testid="which-message">
      <h2 id="which-heading" className="text-lg font-semibold">
        {p.whichMessage}
      </h2>
      <p className="text-sm text-slate-700">{p.whichMessageIntro}</p>
      <table className="mt-1 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-0.5 pr-3">
              {p.whichTable.message}
            </th>
            {withStatus && (
              <th scope="col" className="whitespace-nowrap py-0.5 pr-3">
                {p.whichTable.status}
              </th>
            )}
            <th scope="col" className="py-0.5">
              {p.whichTable.cause}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.text}-${row.httpStatus}`} className="border-b border-slate-100 align-top">
              <td className="py-0.5 pr-3">
                <code lang="en" className="break-words rounded bg-slate-100 px-1">
                  {row.text}
                </code>
              </td>
              {withStatus && <td className="py-0.5 pr-3 font-mono">{row.httpStatus ?? ""}</td>}
              <td className="py-0.5">
                <a href={`#cause-${row.cause.id}`} className="text-blue-800 underline">
                  {row.cause.title}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
