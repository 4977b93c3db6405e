import { exampleFor } from "@/lib/catalogue";
import type { Example } from "@/lib/catalogue/examples";
import type { Locale } from "@/lib/i18n/locales";
import { examplesMessages, SDK_LANG_NAMES } from "@/lib/i18n/messages/examples";

export interface ExampleSectionProps {
  /** The entry's slug (its page is /codes/<slug>); the example is read from generated/examples.json. */
  slug: string;
  locale: Locale;
  /** The example to show instead of the one stored for `slug` (for tests and previews). */
  example?: Example;
}

/**
 * The "Example" section of a code page: the request that gets this error (curl and
 * one SDK call), the response it gets and the fixed request. Commands, code and the
 * response stay as written (lang="en"); the sentences around them follow the page.
 * Renders nothing for an entry without an example (those the caller does not fix).
 */
export function ExampleSection({ slug, locale, example: given }: ExampleSectionProps) {
  const example = given ?? exampleFor(slug);
  if (!example) return null;
  const m = examplesMessages[locale];
  const sdk = example.request.sdk;
  const fixSdk = example.fix.sdk;
  return (
    <section aria-labelledby="example-heading" className="mt-6" data-testid="example">
      <h2 id="example-heading" className="text-xl font-semibold">
        {m.heading}
      </h2>
      <p className="text-sm text-slate-700">{m.intro}</p>
      <p className="mt-2" data-testid="example-what">
        {example.what[locale]}
      </p>

      <h3 className="mt-3 font-semibold">{m.failing}</h3>
      <CodeBlock id="example-curl" label={m.curl} text={example.request.curl} />
      {sdk && <CodeBlock id="example-sdk" label={m.sdk(SDK_LANG_NAMES[sdk.lang])} text={sdk.code} />}

      <h3 id="example-response-heading" className="mt-3 font-semibold">
        {m.response}
      </h3>
      <CodeBlock id="example-response" text={example.response} labelledBy="example-response-heading" />

      <h3 className="mt-3 font-semibold">{m.fix}</h3>
      <p className="mt-1" data-testid="example-fix-what">
        {example.fix.what[locale]}
      </p>
      <CodeBlock id="example-fix-curl" label={m.fixedCurl} text={example.fix.curl} />
      {fixSdk && <CodeBlock id="example-fix-sdk" label={m.fixedSdk(SDK_LANG_NAMES[fixSdk.lang])} text={fixSdk.code} />}
    </section>
  );
}

function CodeBlock({ id, label, text, labelledBy }: { id: string; label?: string; text: string; labelledBy?: string }) {
  const labelId = label ? `${id}-label` : labelledBy;
  return (
    <div className="mt-2">
      {label && (
        <h4 id={`${id}-label`} className="text-sm font-medium text-slate-700">
          {label}
        </h4>
      )}
      {/* Scrolls sideways on narrow screens; focusable so the keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the focusable scrolling block for screen readers */}
      <pre
        lang="en"
        data-testid={id}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        aria-labelledby={labelId}
        className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm leading-relaxed text-slate-100"
      >
        <code lang="en">{text}</code>
      </pre>
    </div>
  );
}
