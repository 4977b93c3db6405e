"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";

interface Props {
  /** The text to copy, or a function that makes it at click time (for links that need the page's address). */
  text: string | (() => string);
  label: string;
  /** What a screen reader hears, when the visible label is short. */
  ariaLabel?: string;
  className?: string;
  testId?: string;
  /** The language of the page, for the "copied" and "failed" words. */
  locale: Locale;
}

/**
 * A button that copies text to the clipboard and says so, or says how to copy by hand when it cannot.
 * It renders nothing on the server and until the page's script has run, so a page read
 * without JavaScript shows no button that cannot work.
 */
export function CopyButton({ text, label, ariaLabel, className, testId, locale }: Props) {
  const m = catalogueMessages[locale].copy;
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  async function copy() {
    const value = typeof text === "function" ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2500);
  }

  if (!mounted) return null;

  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={ariaLabel}
        data-testid={testId}
        className={
          className ??
          "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100 focus:outline-2 focus:outline-blue-700"
        }
      >
        {status === "copied" ? m.copied : status === "failed" ? m.failed : label}
      </button>
      <span role="status" className="sr-only">
        {status === "copied" ? m.copiedStatus : status === "failed" ? m.failedStatus : ""}
      </span>
    </>
  );
}
