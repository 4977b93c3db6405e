import type { Locale } from "@/lib/i18n/locales";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";

interface Props {
  ids: readonly string[];
  /** Distinct ids in the whole paste, when `ids` lists only the first ones (a shared link). */
  total: number;
  locale: Locale;
}

/** Ids shown before the rest is folded away. */
const SHOWN = 3;

/** Every request id of a finding: the first few, then the rest behind "and N more". */
export function RequestIds({ ids, total, locale }: Props) {
  const m = diagnoseMessages[locale].requestIds;
  if (ids.length === 0) return <span data-testid="finding-request-id">{m.notSeen}</span>;
  const first = ids.slice(0, SHOWN);
  const rest = ids.slice(SHOWN);
  const unlisted = total - ids.length;
  return (
    <>
      {first.map((id, i) => (
        <span
          key={`${i}-${id}`}
          className="block break-all font-mono"
          data-testid={i === 0 ? "finding-request-id" : "finding-request-id-more"}
        >
          {id}
        </span>
      ))}
      {rest.length > 0 && (
        <details data-testid="request-ids-rest">
          <summary className="cursor-pointer text-blue-800 underline">{m.andMore(rest.length)}</summary>
          <ul className="mt-1">
            {rest.map((id, i) => (
              <li key={`${i}-${id}`} className="break-all font-mono">
                {id}
              </li>
            ))}
          </ul>
        </details>
      )}
      {unlisted > 0 && <span className="block text-slate-700">{m.unlisted(total, ids.length)}</span>}
    </>
  );
}
