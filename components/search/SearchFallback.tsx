/** The id of the fallback's input, so the real search box can keep what was typed before it took over. */
export function fallbackInputId(mode: "page" | "header"): string {
  return `search-fallback-${mode}`;
}

/** What the search box looks like before JavaScript runs: a plain form that submits to the home page. */
export function SearchFallback({ mode }: { mode: "page" | "header" }) {
  return (
    <div className={mode === "header" ? "w-full max-w-md" : "mt-4"}>
      <form role="search" action={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}/`} method="get">
        <input
          id={fallbackInputId(mode)}
          type="search"
          name="q"
          aria-label="Search error codes"
          placeholder="Search codes and messages"
          className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
        />
      </form>
    </div>
  );
}
