import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { catalogue, entryByCode, entryBySlug, teamNotesFor } from "@/lib/catalogue";
import { FIX_OWNER_LABEL, LAYER_INFO, RETRY_LABEL } from "@/lib/catalogue/layers";
import { entryLabel, entryToMarkdown, statusText } from "@/lib/catalogue/markdown";
import { entryPath } from "@/lib/catalogue/public";
import { renderBody } from "@/lib/catalogue/body";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { CopyMarkdownButton } from "@/components/CopyMarkdownButton";
import { safeAttributeUrl } from "@/lib/catalogue/url-policy";

interface Props {
  params: Promise<{ slug: string }>;
}

// Every entry is prerendered; middleware.ts redirects other spellings and sends unknown codes to /unknown-code.
export const dynamicParams = false;

export function generateStaticParams() {
  return catalogue.map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const entry = entryBySlug(slug);
  if (!entry) return { title: "Unknown error code" };
  return { title: `${entryLabel(entry)}: ${entry.message}`, description: entry.summary };
}

export default async function CodePage({ params }: Props) {
  const { slug } = await params;
  const entry = entryBySlug(slug);
  if (!entry) notFound();

  const layer = LAYER_INFO[entry.layer];
  const notes = teamNotesFor(entry.slug);
  const related = entry.related.map((code) => entryByCode(code)).filter((e) => e !== undefined);

  return (
    <article data-testid="code-page">
      <p className="text-sm text-slate-600">
        <Link href="/" className="text-blue-800 underline">Catalogue</Link> / {layer.title}
      </p>
      <h1 className="mt-1 font-mono text-3xl font-bold">{entryLabel(entry)}</h1>
      {entry.code === null && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="no-code-note">
          Huawei documents no error code for this message. Find it by the message text; this page&apos;s address is a
          readable name instead of a code.
        </p>
      )}

      <section aria-labelledby="message-heading" className="mt-4">
        <h2 id="message-heading" className="text-lg font-semibold">Message</h2>
        <ul className="mt-1 space-y-1">
          {entry.messages.map((m) => (
            <li key={`${m.text}-${m.httpStatus}`}>
              <code className="rounded bg-slate-100 px-1 py-0.5">{m.text}</code>
              {entry.messages.length > 1 && m.httpStatus !== null && (
                <span className="ml-2 text-sm text-slate-700">HTTP {m.httpStatus}</span>
              )}
            </li>
          ))}
        </ul>
        {entry.variants.length > 0 && (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer">Other forms of this message ({entry.variants.length})</summary>
            <ul className="mt-1 space-y-1 pl-4">
              {entry.variants.map((v) => (
                <li key={v.text}>
                  <code className="rounded bg-slate-100 px-1">{v.text}</code>{" "}
                  <span className="text-slate-600">{v.note}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <p className="mt-4 text-lg" data-testid="summary">{entry.summary}</p>

      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">HTTP status</dt>
        <dd data-testid="http-status">
          {statusText(entry)}
          {entry.httpStatusNote && <span className="text-slate-600"> ({entry.httpStatusNote})</span>}
        </dd>
        <dt className="font-semibold">Layer</dt>
        <dd>{layer.title} <span className="font-mono">{layer.family}</span></dd>
        <dt className="font-semibold">Category</dt>
        <dd>{entry.category}</dd>
        <dt className="font-semibold">Whose fix</dt>
        <dd data-testid="fix-owner">{FIX_OWNER_LABEL[entry.fixOwner]}</dd>
        <dt className="font-semibold">Retry</dt>
        <dd data-testid="retry">{RETRY_LABEL[entry.retry.policy]}. {entry.retry.detail}</dd>
        <dt className="font-semibold">How sure we are</dt>
        <dd>{entry.confidence === "documented" ? "Documented by Huawei" : "Inferred: no source pairs this code and message directly"}</dd>
      </dl>

      <section aria-labelledby="what-heading" className="mt-6">
        <h2 id="what-heading" className="text-xl font-semibold">What went wrong</h2>
        <div className="prose-body mt-1" dangerouslySetInnerHTML={{ __html: renderBody(entry.body) }} />
      </section>

      <section aria-labelledby="fix-heading" className="mt-6">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="fix-heading" className="text-xl font-semibold">How to fix it</h2>
          <CopyMarkdownButton markdown={entryToMarkdown(entry, "{{PAGE_URL}}")} />
        </div>
        {entry.causes.map((cause) => {
          const anchor = `cause-${cause.id}`;
          return (
            <section key={cause.id} id={anchor} aria-labelledby={`${anchor}-title`} className="mt-4 rounded border border-slate-200 p-3" data-testid="cause">
              <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <a href={`#${anchor}`} className="hover:underline">{cause.title}</a>
                <CopyLinkButton anchor={anchor} what={`cause: ${cause.title}`} />
              </h3>
              <p className="mt-1 text-sm text-slate-700"><span className="font-semibold">How to tell:</span> {cause.tell}</p>
              <ol className="mt-2 list-decimal space-y-2 pl-6">
                {cause.steps.map((step, i) => {
                  const stepAnchor = `${anchor}-step-${i + 1}`;
                  return (
                    <li key={stepAnchor} id={stepAnchor} className="step">
                      <p>{step.action}</p>
                      <p className="text-sm text-slate-700"><span className="font-semibold">Check:</span> {step.check}</p>
                      <CopyLinkButton anchor={stepAnchor} what={`step ${i + 1} of ${cause.title}`} />
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
          <h2 id="notes-heading" className="text-xl font-semibold">Team notes</h2>
          {notes.map((note) => (
            <article key={note.file} className="mt-2">
              <h3 className="font-semibold">{note.title}{note.updated && <span className="text-sm font-normal text-slate-700"> (updated {note.updated})</span>}</h3>
              <div className="prose-body" dangerouslySetInnerHTML={{ __html: renderBody(note.body) }} />
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
          <h2 id="escalate-heading" className="text-xl font-semibold">If you need to open a ticket</h2>
          <p className="text-sm text-slate-700">Put these in the ticket so support can trace the call:</p>
          <ul className="mt-1 list-disc pl-6">
            {entry.escalate.map((item) => <li key={item}>{item}</li>)}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-6">
          <h2 id="related-heading" className="text-xl font-semibold">Related codes</h2>
          <ul className="mt-1 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={entryPath(r)} className="font-mono text-blue-800 underline">{entryLabel(r)}</Link>{" "}
                <span className="text-slate-700">{r.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading" className="mt-6">
        <h2 id="sources-heading" className="text-xl font-semibold">Sources</h2>
        <ul className="mt-1 list-disc pl-6 text-sm">
          {entry.sources.map((s) => (
            <li key={s.url}>
              <a href={safeAttributeUrl(s.url) ?? undefined} className="break-all text-blue-800 underline" rel="noreferrer">{s.url}</a>{" "}
              <span className="text-slate-600">{s.note}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
