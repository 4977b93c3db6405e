import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { CopyMarkdownButton } from "@/components/CopyMarkdownButton";
import { GatewayFamiliesNote } from "@/components/catalogue/GatewayFamiliesNote";
import { WhichMessageTable } from "@/components/catalogue/WhichMessageTable";
import { pageMetadata } from "@/components/site/page-metadata";
import { Alternates } from "@/components/site/Alternates";
import { ExampleSection } from "@/components/catalogue/ExampleSection";
import { catalogue, entryByCode, entryBySlug, teamNotesFor } from "@/lib/catalogue";
import { renderBody } from "@/lib/catalogue/render-markdown";
import { localizeEntry } from "@/lib/catalogue/localize";
import { messagesForCause } from "@/lib/catalogue/cause-messages";
import { entryLabel, statusText } from "@/lib/catalogue/labels";
import { causeToMarkdown, entryLinkMarkdown, entryToMarkdown, PAGE_URL_PLACEHOLDER } from "@/lib/catalogue/markdown-export";
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
  if (!found) {
    const m = messagesFor(locale).site.unknownCode;
    return pageMetadata({
      locale,
      path: `/codes/${encodeURIComponent(slug)}`,
      title: m.metaTitle,
      description: m.notInCatalogue,
      noIndex: true,
    });
  }
  const entry = localizeEntry(found, locale);
  return pageMetadata({
    locale,
    path: entryPath(entry),
    title: `${entryLabel(entry, locale)}: ${entry.message}`,
    description: entry.summary,
  });
}

/**
 * /codes/<slug> and /zh/codes/<slug>: one entry, whole, in the page's language.
 * What someone in an incident needs comes first, on one screen: the summary, the
 * facts (status, whose fix, retry), which message points to which cause, and the
 * causes with their steps. The explanation, every form of the message, notes,
 * ticket items, related codes and sources follow.
 */
export async function CodePageView({ params, locale }: CodePageProps & { locale: Locale }) {
  const { slug } = await params;
  const found = entryBySlug(slug);
  if (!found) notFound();
  const entry = localizeEntry(found, locale);
  const m = messagesFor(locale).catalogue;
  const p = m.page;

  const layer = m.layers[entry.layer];
  const notes = teamNotesFor(entry.slug, locale);
  const related = entry.related
    .map((code) => entryByCode(code))
    .filter((e) => e !== undefined)
    .map((e) => localizeEntry(e, locale));
  const seen = entry.statuses.length === 0 ? entry.seenStatus : undefined;
  const isGateway = entry.layer === "apig" || entry.layer === "apigw";

  return (
    <article data-testid="code-page">
      <Alternates path={entryPath(entry)} />
      <p className="text-sm text-slate-600">
        <Link href={localePath(locale, "/")} className="text-blue-800 underline">
          {p.breadcrumb}
        </Link>{" "}
        / {layer.title}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="font-mono text-3xl font-bold">{entryLabel(entry, locale)}</h1>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          <CopyMarkdownButton markdown={entryToMarkdown(entry, PAGE_URL_PLACEHOLDER, locale)} locale={locale} />
          <CopyMarkdownButton
            markdown={entryLinkMarkdown(entry, PAGE_URL_PLACEHOLDER, locale)}
            label={p.copyLinkMarkdown}
            testId="copy-link-markdown"
            locale={locale}
          />
        </div>
      </div>
      {entry.code === null && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="no-code-note">
          {p.noCodeNote}
        </p>
      )}

      <p className="mt-2 text-lg" data-testid="summary">
        {entry.summary}
      </p>

      <dl
        aria-label={p.facts}
        className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm sm:grid-cols-[max-content_minmax(0,2fr)_max-content_max-content]"
        data-testid="facts"
      >
        <div>
          <dt className="text-xs text-slate-600">{p.httpStatus}</dt>
          <dd data-testid="http-status" className="font-semibold">
            {statusText(entry, locale)}
            {seen && (
              <span className="block font-normal text-slate-700" data-testid="seen-status">
                {p.seenInPractice(seen.status)} (
                <a href={safeAttributeUrl(seen.source) ?? undefined} className="text-blue-800 underline" rel="noreferrer">
                  {p.seenSource}
                </a>
                )
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{p.whoseFix}</dt>
          <dd data-testid="fix-owner" className="font-semibold">
            {m.fixOwner[entry.fixOwner]}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{p.layer}</dt>
          <dd>{layer.title}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{p.category}</dt>
          <dd>{m.category[entry.category]}</dd>
        </div>
        <div className="col-span-2 sm:col-span-4">
          <dt className="text-xs text-slate-600">{p.retry}</dt>
          <dd data-testid="retry">{m.retryLine(m.retry[entry.retry.policy], entry.retry.detail)}</dd>
        </div>
      </dl>

      <WhichMessageTable entry={entry} locale={locale} />

      <section aria-labelledby="fix-heading" className="mt-3">
        <h2 id="fix-heading" className="text-xl font-semibold">
          {p.howToFix}
        </h2>
        {entry.causes.map((cause) => {
          const anchor = `cause-${cause.id}`;
          const pointing = messagesForCause(entry, cause.id);
          return (
            <section
              key={cause.id}
              id={anchor}
              aria-labelledby={`${anchor}-title`}
              className="mt-2 rounded border border-slate-200 p-3"
              data-testid="cause"
            >
              <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <a href={`#${anchor}`} className="hover:underline">
                  {cause.title}
                </a>
                <CopyLinkButton anchor={anchor} what={p.causeWhat(cause.title)} locale={locale} />
                <CopyMarkdownButton
                  markdown={causeToMarkdown(entry, cause.id, PAGE_URL_PLACEHOLDER, locale)}
                  label={p.copySteps}
                  ariaLabel={p.copyStepsOf(cause.title)}
                  testId={`copy-steps-${anchor}`}
                  small
                  locale={locale}
                />
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                <span className="font-semibold">{p.howToTell}</span> {cause.tell}
              </p>
              {pointing.length > 0 && (
                <div className="mt-1 text-sm" data-testid="cause-messages">
                  <span className="font-semibold text-slate-700">{p.pointsHere}</span>
                  <ul className="mt-0.5 space-y-0.5 pl-4">
                    {pointing.map((msg) => (
                      <li key={`${msg.text}-${msg.httpStatus}`}>
                        <code lang="en" className="break-words rounded bg-slate-100 px-1">
                          {msg.text}
                        </code>
                        {msg.httpStatus !== null && <span className="ml-2 text-slate-700">HTTP {msg.httpStatus}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <ol className="mt-2 list-decimal space-y-2 pl-6">
                {cause.steps.map((step, i) => {
                  const stepAnchor = `${anchor}-step-${i + 1}`;
                  return (
                    <li key={stepAnchor} id={stepAnchor} className="step">
                      <p>{step.action}</p>
                      <p className="text-sm text-slate-700">
                        <span className="font-semibold">{p.check}</span> {step.check}
                      </p>
                      <CopyLinkButton anchor={stepAnchor} what={p.stepWhat(i + 1, cause.title)} locale={locale} />
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="what-heading" className="mt-6">
        <h2 id="what-heading" className="text-xl font-semibold">
          {p.whatWentWrong}
        </h2>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody escapes raw HTML and checks every link and image URL (lib/catalogue/render-markdown.ts) */}
        <div className="prose-body mt-1" dangerouslySetInnerHTML={{ __html: renderBody(entry.body, locale) }} />
        {isGateway && <GatewayFamiliesNote locale={locale} className="mt-2" />}
      </section>

      <section aria-labelledby="message-heading" className="mt-6">
        <h2 id="message-heading" className="text-xl font-semibold">
          {p.message}
        </h2>
        <ul className="mt-1 space-y-1">
          {entry.messages.map((msg) => (
            <li key={`${msg.text}-${msg.httpStatus}`}>
              <code lang="en" className="rounded bg-slate-100 px-1 py-0.5">
                {msg.text}
              </code>
              {entry.messages.length > 1 && msg.httpStatus !== null && (
                <span className="ml-2 text-sm text-slate-700">HTTP {msg.httpStatus}</span>
              )}
            </li>
          ))}
        </ul>
        {p.messageKept && <p className="mt-1 text-xs text-slate-600">{p.messageKept}</p>}
        {entry.httpStatusNote && (
          <p className="mt-1 text-sm text-slate-700" data-testid="http-status-note">
            <span className="font-semibold">{p.httpStatus}</span> {entry.httpStatusNote}
          </p>
        )}
        {entry.variants.length > 0 && (
          <>
            <h3 className="mt-3 font-semibold">{p.otherForms(entry.variants.length)}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {entry.variants.map((v) => (
                <li key={v.text}>
                  <code lang="en" className="break-words rounded bg-slate-100 px-1">
                    {v.text}
                  </code>{" "}
                  <span className="text-slate-600">{v.note}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-semibold">{p.confidence}</span> {entry.confidence === "documented" ? p.documented : p.inferred}
        </p>
      </section>

      <ExampleSection slug={entry.slug} locale={locale} />

      {notes.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-6 rounded border border-blue-200 bg-blue-50 p-3" data-testid="team-notes">
          <h2 id="notes-heading" className="text-xl font-semibold">
            {p.teamNotes}
          </h2>
          {notes.map((note) => (
            <article key={note.file} className="mt-2">
              <h3 className="font-semibold">
                {note.title}
                {note.updated && <span className="text-sm font-normal text-slate-700"> ({p.updated(note.updated)})</span>}
              </h3>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody escapes raw HTML and checks every link and image URL (lib/catalogue/render-markdown.ts) */}
              <div className="prose-body" dangerouslySetInnerHTML={{ __html: renderBody(note.body, locale) }} />
              {note.links.length > 0 && (
                <ul className="list-disc pl-6 text-sm">
                  {note.links.map((link) => (
                    <li key={link.url}>
                      <a href={safeAttributeUrl(link.url) ?? undefined} className="text-blue-800 underline" rel="noreferrer">
                        {link.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      )}

      {entry.escalate.length > 0 && (
        <section aria-labelledby="escalate-heading" className="mt-6">
          <h2 id="escalate-heading" className="text-xl font-semibold">
            {p.ticket}
          </h2>
          <p className="text-sm text-slate-700">{p.ticketIntro}</p>
          <ul className="mt-1 list-disc pl-6">
            {entry.escalate.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-6">
          <h2 id="related-heading" className="text-xl font-semibold">
            {p.related}
          </h2>
          <ul className="mt-1 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={localePath(locale, entryPath(r))} className="font-mono text-blue-800 underline">
                  {entryLabel(r, locale)}
                </Link>{" "}
                <span className="text-slate-700">{locale === "en" ? r.message : r.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading" className="mt-6">
        <h2 id="sources-heading" className="text-xl font-semibold">
          {p.sources}
        </h2>
        {p.englishOnly && <p className="text-xs text-slate-600">{p.englishOnly}</p>}
        <ul className="mt-1 list-disc pl-6 text-sm">
          {entry.sources.map((s) => (
            <li key={s.url}>
              <a href={safeAttributeUrl(s.url) ?? undefined} className="break-all text-blue-800 underline" rel="noreferrer">
                {s.url}
              </a>{" "}
              <span lang="en" className="text-slate-600">
                {s.note}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
