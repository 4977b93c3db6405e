import type { Range } from "@/lib/search";

/** A string with the given inclusive ranges wrapped in <mark>. Text only: never HTML. */
export function Highlighted({ value, ranges }: { value: string; ranges: readonly Range[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    if (start < at || start >= value.length) continue;
    if (start > at) parts.push(value.slice(at, start));
    parts.push(
      <mark key={start} className="rounded bg-yellow-200 px-0.5">
        {value.slice(start, end + 1)}
      </mark>,
    );
    at = end + 1;
  }
  if (at < value.length) parts.push(value.slice(at));
  return <>{parts}</>;
}
