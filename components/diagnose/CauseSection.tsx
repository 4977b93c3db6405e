"use client";

import type { Finding } from "@/lib/classify/types";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { shownCause, type CauseState } from "@/lib/diagnose/cause-state";
import { stepValuesText } from "@/lib/diagnose/values";
import type { Locale } from "@/lib/i18n/locales";
import { diagnoseMessages } from "@/lib/i18n/messages/diagnose";

interface Props {
  index: number;
  finding: Finding;
  entry: DiagnoseEntry;
  state: CauseState;
  onChooseCause: (causeId: string) => void;
  ticked: ReadonlySet<string>;
  onToggleStep: (key: string) => void;
  locale: Locale;
}

export function stepKey(index: number, causeId: string, step: number): string {
  return `${index}:${causeId}:${step}`;
}

function CauseNote({ state, locale }: { state: CauseState; locale: Locale }) {
  const m = diagnoseMessages[locale].cause;
  switch (state.kind) {
    case "evidence":
      return (
        <p className="text-sm" data-testid="cause-evidence">
          {m.pasteSays}
          <q className="font-mono">{state.evidence}</q>
        </p>
      );
    case "only":
      return <p className="text-sm">{m.onlyCause}</p>;
    case "reader":
      return (
        <p className="text-sm" data-testid="cause-chosen">
          {m.chosen}
          {state.pasteCause && m.pastePointsTo(state.pasteCause.title)}
        </p>
      );
    case "undetermined":
      return (
        <p className="text-sm" data-testid="cause-undetermined">
          <strong>{m.undeterminedStrong}</strong>
          {m.undeterminedRest}
        </p>
      );
    default:
      return null;
  }
}

/** The entry's causes (chosen only on evidence, or by the reader) and the shown cause's steps as a checklist. */
export function CauseSection({ index, finding, entry, state, onChooseCause, ticked, onToggleStep, locale }: Props) {
  const m = diagnoseMessages[locale].cause;
  const cause = shownCause(state);
  const pasteCauseId =
    state.kind === "evidence" || state.kind === "only" ? state.cause.id : state.kind === "reader" ? state.pasteCause?.id : undefined;
  const showTells = state.kind === "undetermined";
  return (
    <>
      <fieldset className="mt-3">
        <legend className="font-semibold">{m.legend}</legend>
        <CauseNote state={state} locale={locale} />
        <div className="mt-1 flex flex-col gap-1">
          {entry.causes.map((c) => (
            <label key={c.id} className="flex items-start gap-2">
              <input
                type="radio"
                name={`finding-${index}-cause`}
                value={c.id}
                checked={c.id === cause?.id}
                onChange={() => onChooseCause(c.id)}
                className="mt-1"
              />
              <span>
                {c.title}
                {c.id === pasteCauseId && <span className="text-sm text-slate-700">{m.pastePointsHere}</span>}
                {showTells && <span className="block text-sm text-slate-700">{m.howToTell(c.tell)}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {cause && (
        <div className="mt-3" data-testid="finding-steps">
          <h4 className="font-semibold" data-testid="cause-title">
            {m.stepsTitle(cause.title)}
          </h4>
          <p className="text-sm text-slate-700">{m.howToTell(cause.tell)}</p>
          <ol className="mt-2 space-y-2">
            {cause.steps.map((step, i) => {
              const key = stepKey(index, cause.id, i);
              const inputId = `step-${key.replace(/[^a-z0-9]+/gi, "-")}`;
              const inPaste = stepValuesText(step, finding.values, locale);
              return (
                <li key={key} className="flex items-start gap-2">
                  <input id={inputId} type="checkbox" checked={ticked.has(key)} onChange={() => onToggleStep(key)} className="mt-1" />
                  <label htmlFor={inputId}>
                    <span className="block">
                      {i + 1}. {step.action}
                    </span>
                    <span className="block text-sm text-slate-700">{m.check(step.check)}</span>
                    {inPaste && (
                      <span className="mt-0.5 block break-all font-mono text-sm" data-testid="step-value">
                        {inPaste}
                      </span>
                    )}
                  </label>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </>
  );
}
