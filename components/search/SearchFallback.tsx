import { localePath, type Locale } from "@/lib/i18n/locales";
import { searchMessages } from "@/lib/i18n/messages/search";

/** The id of the fallback's input, so the real search box can keep what was typed before it took over. */
export function fallbackInputId(mode: "page" | "header"): string {
  return `search-fallback-${mode}`;
}

/** What the search box looks like before JavaScript runs: a plain form that submits to the home page of its language. */
export function SearchFallback({ mode, locale }: { mode: "page" | "header"; locale: Locale }) {
  const m = searchMessages[locale];
  return (
    <div className={mode === "header" ? "w-full max-w-md" : "mt-4"}>
      <form role="search" action={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${localePath(locale, "/")}`} method="get">
        <input
          id={fallbackInputId(mode)}
          type="search"
          name="q"
          aria-label={m.label}
          placeholder={mode === "page" ? m.placeholderPage : m.placeholderHeader}
          className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
        />
      </form>
    </div>
  );
}
