"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { redact } from "@/lib/classify/redact";
import { handoffFragment } from "@/lib/diagnose/share";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";
import { openWithFragment } from "@/components/site/navigation";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * The home page's paste box: "Diagnose" (or Ctrl/Cmd+Enter) opens the diagnose page of this language
 * with the paste, masked first, in the link's fragment (never sent to a server). A paste too long for a
 * link stays in the box with a message. Without JavaScript it is a plain form that opens the diagnose
 * page, which explains what to do; the textarea has no name, so nothing pasted is ever submitted.
 */
export function PasteToDiagnose({ locale }: { locale: Locale }) {
  const m = siteMessages[locale].home.paste;
  const box = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState<"empty" | "tooLong" | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = box.current?.value ?? "";
    if (!text.trim()) {
      setProblem("empty");
      box.current?.focus();
      return;
    }
    const fragment = handoffFragment(redact(text).text);
    if (fragment === null) {
      setProblem("tooLong");
      return;
    }
    setProblem(null);
    openWithFragment(`${localePath(locale, "/diagnose")}#${fragment}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form
      action={`${basePath}${localePath(locale, "/diagnose")}`}
      method="get"
      onSubmit={onSubmit}
      className="mt-4 rounded border border-slate-300 bg-slate-50 p-3"
      data-testid="home-paste"
    >
      <label htmlFor="home-paste-box" className="block font-semibold">
        {m.label}
      </label>
      <p id="home-paste-hint" className="text-sm text-slate-700">
        {m.hint}
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start">
        <textarea
          ref={box}
          id="home-paste-box"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="home-paste-hint home-paste-shortcut"
          onKeyDown={onKeyDown}
          onInput={() => problem === "empty" && setProblem(null)}
          className="min-h-20 w-full flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm focus:outline-2 focus:outline-blue-700"
          data-testid="home-paste-box"
        />
        <button
          type="submit"
          className="rounded bg-blue-800 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          data-testid="home-paste-submit"
        >
          {m.submit}
        </button>
      </div>
      <p id="home-paste-shortcut" className="mt-1 text-xs text-slate-700">
        {m.shortcut}
      </p>
      {problem === "empty" && (
        <p role="alert" className="mt-1 text-sm" data-testid="home-paste-empty">
          {m.empty}
        </p>
      )}
      {problem === "tooLong" && (
        <p role="alert" className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="home-paste-too-long">
          {m.tooLongBefore}
          <Link href={localePath(locale, "/diagnose")} className="text-blue-800 underline">
            {m.tooLongLink}
          </Link>
          {m.tooLongAfter}
        </p>
      )}
      <noscript>
        <p className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm">{m.noScript}</p>
      </noscript>
    </form>
  );
}
