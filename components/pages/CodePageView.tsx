import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { CopyMarkdownButton } from "@/components/CopyMarkdownButton";
import { Alternates } from "@/components/site/Alternates";
import { catalogue, entryByCode, entryBySlug, teamNotesFor } from "@/lib/catalogue";
import { renderBody } from "@/lib/catalogue/body";
import { LAYER_FAMILY_PATTERN } from "@/lib/catalogue/layers";
import { localizeEntry } from "@/lib/catalogue/localize";
import { entryLabel, entryToMarkdown, statusText } from "@/lib/catalogue/markdown";
import { entryPath } from "@/lib/catalogue/public";
import { safeAttributeUrl } from "@/lib/catalogue/url-policy";
import { localePath, messagesFor, type Locale } from "@/lib/i18n";

export interface CodePageProps {
  params: Promise<{ slug: string }>;
}

export function codePageParams() {
  return catalogue.map((entry) => ({ slug: entry.slug }));
}

export async function codePageMetadata({ params }: CodePageProps, locale: Locale): Promise<Metadata> {
  const { slug } = await params;
  const found = entryBySlug(slug);
  if (!found) return { title: messagesFor(locale).site.unknownCode.metaTitle };
  const entry = localizeEntry(found, locale);
  return { title: `${entryLabel(entry, locale)}: ${entry.message}`, description: entry.summary };
}

/** /codes/<slug> and /zh/codes/<slug>: one entry, whole, in the page's language. */
export async function CodePageView({ params, locale }: CodePageProps & { locale: Locale }) {
  const { slug } = await params;
  const found = entryBySlug(slug);
  if (!found) notFound();
  const entry = localizeEntry(found, locale);
  const m = messagesFor(locale).catalogue;
  const p = m.page;

  const layer = m.layers[entry.layer];
  const notes = teamNotesFor(entry.slug, locale);
  const related = entry.related.map((code) => entryByCode(code)).filter((e) => e !== undefined).map((e) => localizeEntry(e, locale));

  return (
    <article data-testid="code-page">
      <Alternates path={entryPath(entry)} />
      <p className="text-sm text-slate-600">
        <Link href={localePath(locale, "/")} className="text-blue-800 underline">{p.breadcrumb}</Link> / {layer.title}
      </p>
      <h1 className="mt-1 font-mono text-3xl font-bold">{entryLabel(entry, locale)}</h1>
      {entry.code === null && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="no-code-note">{p.noCodeNote}</p>
      )}

      <section aria-labelledby="message-heading" className="mt-4">
        <h2 id="message-heading" className="text-lg font-semibold">{p.message}</h2>
        <ul className="mt-1 space-y-1">
          {entry.messages.map((msg) => (
            <li key={`${msg.text}-${msg.httpStatus}`}>
              <code lang="en" className="rounded bg-slate-100 px-1 py-0.5">{msg.text}</code>
              {entry.messages.length > 1 && msg.httpStatus !== null && (
                <span className="ml-2 text-sm text-slate-700">HTTP {msg.httpStatus}</span>
              )}
            </li>
          ))}
        </ul>
        {p.messageKept && <p className="mt-1 text-xs text-slate-600">{p.messageKept}</p>}
        {entry.variants.length > 0 && (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer">{p.otherForms(entry.variants.length)}</summary>
            <ul className="mt-1 space-y-1 pl-4">
              {entry.variants.map((v) => (
                <li key={v.text}>
                  <code lang="en" className="rounded bg-slate-100 px-1">{v.text}</code>{" "}
                  <span className="text-slate-600">{v.note}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <p className="mt-4 text-lg" data-testid="summary">{entry.summary}</p>

      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{p.httpStatus}</dt>
        <dd data-testid="http-status">
          {statusText(entry, locale)}
          {entry.httpStatusNote && <span className="text-slate-600"> ({entry.httpStatusNote})</span>}
        </dd>
        <dt className="font-semibold">{p.layer}</dt>
        <dd>{layer.title} <span className="font-mono">{LAYER_FAMILY_PATTERN[entry.layer]}</span></dd>
        <dt className="font-semibold">{p.category}</dt>
        <dd>{m.category[entry.category]}</dd>
        <dt className="font-semibold">{p.whoseFix}</dt>
        <dd data-testid="fix-owner">{m.fixOwner[entry.fixOwner]}</dd>
        <dt className="font-semibold">{p.retry}</dt>
        <dd data-testid="retry">{m.retryLine(m.retry[entry.retry.policy], entry.retry.detail)}</dd>
        <dt className="font-semibold">{p.confidence}</dt>
        <dd>{entry.confidence === "documented" ? p.documented : p.inferred}</dd>
      </dl>

      <section aria-labelledby="what-heading" className="mt-6">
        <h2 id="what-heading" className="text-xl font-semibold">{p.whatWentWrong}</h2>
        <div className="prose-body mt-1" dangerouslySetInnerHTML={{ __html: renderBody(entry.body, locale) }} />
      </section>

      <section aria-labelledby="fix-heading" className="mt-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="fix-heading" className="text-xl font-semibold">{p.howToFix}</h2>
          <CopyMarkdownButton markdown={entryToMarkdown(entry, "{{PAGE_URL}}", locale)} locale={locale} />
        </div>
        {entry.causes.map((cause) => {
          const anchor = `cause-${cause.id}`;
          return (
            <section key={cause.id} id={anchor} aria-labelledby={`${anchor}-title`} className="mt-4 rounded border border-slate-200 p-3" data-testid="cause">
              <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <a href={`#${anchor}`} className="hover:underline">{cause.title}</a>
                <CopyLinkButton anchor={anchor} what={p.causeWhat(cause.title)} locale={locale} />
              </h3>
              <p className="mt-1 text-sm text-slate-700"><span className="font-semibold">{p.howToTell}</span> {cause.tell}</p>
              <ol className="mt-2 list-decimal space-y-2 pl-6">
                {cause.steps.map((step, i) => {
                  const stepAnchor = `${anchor}-step-${i + 1}`;
                  return (
                    <li key={stepAnchor} id={stepAnchor} className="step">
                      <p>{step.action}</p>
                      <p className="text-sm text-slate-700"><span className="font-semibold">{p.check}</span> {step.check}</p>
                      <CopyLinkButton anchor={stepAnchor} what={p.stepWhat(i + 1, cause.title)} locale={locale} />
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </section>

      {notes.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-6 rounded border border-blue-200 bg-blue-50 p-3" data-testid="team-notes">
          <h2 id="notes-heading" className="text-xl font-semibold">{p.teamNotes}</h2>
          {notes.map((note) => (
            <article key={note.file} className="mt-2">
              <h3 className="font-semibold">{note.title}{note.updated && <span className="text-sm font-normal text-slate-700"> ({p.updated(note.updated)})</span>}</h3>
              <div className="prose-body" dangerouslySetInnerHTML={{ __html: renderBody(note.body, locale) }} />
              {note.links.length > 0 && (
                <ul className="list-disc pl-6 text-sm">
                  {note.links.map((link) => (
                    <li key={link.url}><a href={safeAttributeUrl(link.url) ?? undefined} className="text-blue-800 underline" rel="noreferrer">{link.title}</a></li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      )}

      {entry.escalate.length > 0 && (
        <section aria-labelledby="escalate-heading" className="mt-6">
          <h2 id="escalate-heading" className="text-xl font-semibold">{p.ticket}</h2>
          <p className="text-sm text-slate-700">{p.ticketIntro}</p>
          <ul className="mt-1 list-disc pl-6">
            {entry.escalate.map((item) => <li key={item}>{item}</li>)}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-6">
          <h2 id="related-heading" className="text-xl font-semibold">{p.related}</h2>
          <ul className="mt-1 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={localePath(locale, entryPath(r))} className="font-mono text-blue-800 underline">{entryLabel(r, locale)}</Link>{" "}
                <span className="text-slate-700">{locale === "en" ? r.message : r.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading" className="mt-6">
        <h2 id="sources-heading" className="text-xl font-semibold">{p.sources}</h2>
        {p.englishOnly && <p className="text-xs text-slate-600">{p.englishOnly}</p>}
        <ul className="mt-1 list-disc pl-6 text-sm">
          {entry.sources.map((s) => (
            <li key={s.url}>
              <a href={safeAttributeUrl(s.url) ?? undefined} className="break-all text-blue-800 underline" rel="noreferrer">{s.url}</a>{" "}
              <span lang="en" className="text-slate-600">{s.note}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
