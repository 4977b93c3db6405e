import { seriesLabel } from "@/lib/diagnose/labels";
import { bucketLabel, bucketName, bucketTotals, type TimelineData } from "@/lib/diagnose/timeline";
import type { Locale } from "@/lib/i18n/locales";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";

/** Colours for the series, distinct on white and from each other (3:1 or more against white). */
const COLOURS = ["#1d4ed8", "#b91c1c", "#15803d", "#a16207", "#7e22ce", "#0e7490", "#be185d", "#475569"];

const WIDTH = 640;
const HEIGHT = 120;
const AXIS = 18;

interface Props {
  data: TimelineData;
  /** Errors in the paste, all findings together, to say how many the timeline places. */
  total: number;
  locale: Locale;
}

/** Errors per minute (or wider bucket), per code, as stacked bars in plain SVG, with the same numbers as a table. */
export function Timeline({ data, total, locale }: Props) {
  const m = diagnoseMessages[locale].timeline;
  const totals = bucketTotals(data);
  const peak = Math.max(1, ...totals);
  const peakAt = totals.indexOf(Math.max(...totals));
  const unit = bucketName(data.bucketMinutes, locale);
  const slot = WIDTH / data.buckets;
  const barWidth = Math.max(1, slot * 0.8);
  const plotHeight = HEIGHT - AXIS;
  const first = bucketLabel(data, 0);
  const last = bucketLabel(data, data.buckets - 1);
  const rows = totals.map((t, i) => ({ i, t })).filter((r) => r.t > 0);
  // The series are named in English in the data (share links carry it); shown in the page's language.
  const series = data.series.map((s) => ({ ...s, label: seriesLabel(s.label, locale) }));

  return (
    <figure className="mt-3" data-testid="timeline">
      <figcaption id="timeline-caption" className="text-sm">
        {m.caption(unit, first, last, m.clock[data.clock], bucketLabel(data, peakAt), totals[peakAt]!)}{" "}
        {data.placed < total && m.placed(data.placed, total)}
        {data.skipped > 0 && m.skipped(data.skipped)}
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: role="img" and aria-labelledby name it by the figure's caption, which sighted readers see too */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="timeline-caption"
        className="mt-1 h-32 w-full rounded border border-slate-200 bg-white"
        preserveAspectRatio="none"
      >
        {totals.map((_, i) => {
          let y = plotHeight;
          return (
            <g key={i}>
              {series.map((s, k) => {
                const count = s.counts[i];
                if (!count) return null;
                const h = (count / peak) * (plotHeight - 4);
                y -= h;
                return (
                  <rect
                    key={s.key}
                    x={i * slot + (slot - barWidth) / 2}
                    y={y}
                    width={barWidth}
                    height={h}
                    fill={COLOURS[k % COLOURS.length]}
                  >
                    <title>{m.barTitle(bucketLabel(data, i), s.label, count)}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <line x1={0} y1={plotHeight} x2={WIDTH} y2={plotHeight} stroke="#64748b" strokeWidth={1} />
      </svg>
      <div className="flex justify-between text-xs text-slate-700" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={m.legend}>
        {series.map((s, k) => (
          <li key={s.key} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true" focusable="false">
              <rect width="12" height="12" fill={COLOURS[k % COLOURS.length]} />
            </svg>
            <span className="font-mono">{s.label}</span>
          </li>
        ))}
      </ul>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-blue-800 underline">{m.asTable}</summary>
        <div className="mt-1 max-h-64 overflow-auto">
          <table className="text-left text-sm" data-testid="timeline-table">
            <caption className="sr-only">{m.tableCaption(unit)}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  {m.startColumn(unit)}
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="pr-3 font-mono">
                    {s.label}
                  </th>
                ))}
                <th scope="col">{m.all}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ i, t }) => (
                <tr key={i}>
                  <th scope="row" className="pr-3 font-normal">
                    {bucketLabel(data, i)}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="pr-3 tabular-nums">
                      {s.counts[i]}
                    </td>
                  ))}
                  <td className="tabular-nums">{t}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
