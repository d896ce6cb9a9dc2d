"use client";

/** One question of the questionnaire, rendered for its type, with "Don't know" where allowed. */
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ChoiceGroup, ChoiceOption, FieldError, FieldHelp, fieldIds } from "@/components/ui/field";
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "@/lib/questionnaire/schema";
import type { RawAnswer } from "@/lib/questionnaire/edit";
import { dontKnowLabel } from "@/lib/questionnaire/labels";
import { formatLocaleNumber, parseLocaleNumber } from "@/lib/i18n/numbers";


interface Props {
  question: TQuestion;
  value: TAnswerValue | undefined;
  error?: string;
  onChange: (raw: RawAnswer) => void;
}

function Help({ question }: { question: TQuestion }) {
  const t = useTranslations("Questionnaire");
  return (
    <>
      {question.help} <span className="whitespace-nowrap">{t("sources", { sources: question.sources.join(", ") })}</span>
      {question.required ? null : <span className="ml-1 italic">{t("optional")}</span>}
    </>
  );
}

export function QuestionField({ question, value, error, onChange }: Props) {
  const t = useTranslations("Questionnaire");
  const DONT_KNOW_LABEL = dontKnowLabel(useLocale());
  const name = `q-${question.id}`;
  const dontKnow = value === DONT_KNOW;
  switch (question.type) {
    case "single":
      return (
        <ChoiceGroup name={name} legend={question.label} help={<Help question={question} />} error={error}>
          {question.options.map((option) => (
            <ChoiceOption key={option.id} type="radio" name={name} value={option.id} label={option.label} checked={value === option.id} onChange={() => onChange(option.id)} />
          ))}
          {question.allowDontKnow ? (
            <ChoiceOption type="radio" name={name} value={DONT_KNOW} label={DONT_KNOW_LABEL} checked={dontKnow} onChange={() => onChange(DONT_KNOW)} />
          ) : null}
        </ChoiceGroup>
      );
    case "multi": {
      const selected = Array.isArray(value) ? value : [];
      const toggle = (id: string, checked: boolean) => {
        if (!checked) {
          const rest = selected.filter((item) => item !== id);
          return onChange(rest.length > 0 ? rest : undefined);
        }
        if (id === question.exclusiveOptionId) return onChange([id]);
        return onChange([...selected.filter((item) => item !== question.exclusiveOptionId), id]);
      };
      return (
        <ChoiceGroup name={name} legend={question.label} help={<Help question={question} />} error={error}>
          <p className="-mt-1 text-sm text-muted">{t("chooseAll")}</p>
          {question.options.map((option) => (
            <ChoiceOption key={option.id} type="checkbox" name={name} value={option.id} label={option.label} checked={selected.includes(option.id)} onChange={(checked) => toggle(option.id, checked)} />
          ))}
          {question.allowDontKnow ? (
            <ChoiceOption type="checkbox" name={name} value={DONT_KNOW} label={DONT_KNOW_LABEL} checked={dontKnow} onChange={(checked) => onChange(checked ? DONT_KNOW : undefined)} />
          ) : null}
        </ChoiceGroup>
      );
    }
    case "scale":
      return (
        <ChoiceGroup name={name} legend={question.label} help={<Help question={question} />} error={error}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="w-full text-sm text-muted sm:w-auto">{t("scaleLow", { label: question.minLabel })}</span>
            {[1, 2, 3, 4, 5].map((point) => (
              <label
                key={point}
                htmlFor={`${name}-${point}`}
                className={`flex size-11 cursor-pointer items-center justify-center rounded-md border font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand ${
                  value === point ? "border-brand bg-brand text-white" : "border-line bg-white hover:border-brand/50"
                }`}
              >
                <input id={`${name}-${point}`} type="radio" name={name} value={point} checked={value === point} onChange={() => onChange(point)} className="sr-only" />
                {point}
              </label>
            ))}
            <span className="w-full text-sm text-muted sm:w-auto">{t("scaleHigh", { label: question.maxLabel })}</span>
          </div>
          {question.allowDontKnow ? (
            <ChoiceOption type="radio" name={name} value={DONT_KNOW} label={DONT_KNOW_LABEL} checked={dontKnow} onChange={() => onChange(DONT_KNOW)} />
          ) : null}
        </ChoiceGroup>
      );
    case "number":
      return <NumberQuestion question={question} name={name} value={value} error={error} onChange={onChange} />;
  }
}

function NumberQuestion({ question, name, value, error, onChange }: Props & { name: string; question: Extract<TQuestion, { type: "number" }> }) {
  const locale = useLocale();
  const [text, setText] = useState(typeof value === "number" ? formatLocaleNumber(value, locale) : "");
  const dontKnow = value === DONT_KNOW;
  const ids = fieldIds(name);
  const handleText = (next: string) => {
    setText(next);
    if (next.trim() === "") return onChange(undefined);
    // Typed the way the reader's language writes numbers ("1.500" in German); stored as a plain number.
    onChange(parseLocaleNumber(next, locale) ?? { unreadable: next });
  };
  return (
    <div>
      <label htmlFor={name} className="block text-base font-semibold">
        {question.label}
      </label>
      <FieldHelp name={name}>
        <Help question={question} />
      </FieldHelp>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <input
          id={name}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={dontKnow ? "" : text}
          disabled={dontKnow}
          onChange={(event) => handleText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[ids.help, error ? ids.error : null].filter(Boolean).join(" ")}
          className="w-40 rounded-md border border-line bg-white px-3 py-2.5 text-base shadow-sm aria-invalid:border-danger disabled:bg-canvas"
        />
        <span className="text-muted">{question.unit}</span>
        {question.allowDontKnow ? (
          <label htmlFor={`${name}-dont-know`} className="flex min-h-11 cursor-pointer items-center gap-2">
            <input
              id={`${name}-dont-know`}
              type="checkbox"
              checked={dontKnow}
              onChange={(event) => (event.target.checked ? onChange(DONT_KNOW) : handleText(text))}
              className="size-4 accent-brand"
            />
            {dontKnowLabel(locale)}
          </label>
        ) : null}
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}
