"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { clearOverrideAction, setOverrideAction } from "@/app/(workspace)/workspace/results/[id]/actions";
import { FormStatus, SelectField, TextArea, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { STRUCTURE_IDS, type StructureId } from "@/lib/scoring/types";
import { JUSTIFICATION_LIMITS } from "@/lib/validation/review";

const FIELDS = ["recommendation", "justification"] as const;

/** Each structure's name in the page's language, given by the server so the model's translations stay out of the browser's bundle. */
export type StructureNames = Record<StructureId, string>;

/**
 * The model's recommendation stays in view beside the override, and is not offered as one: an
 * override that agrees with the model is no override.
 */
export function OverrideForm({
  resultId,
  modelRecommendation,
  current,
  names,
}: {
  resultId: string;
  modelRecommendation: StructureId;
  current: { recommendation: StructureId; justification: string } | null;
  names: StructureNames;
}) {
  const t = useTranslations("Review");
  const locale = useLocale() as Locale;
  const id = useId();
  const alternatives = STRUCTURE_IDS.filter((structure) => structure !== modelRecommendation).map((structure) => ({ id: structure, label: names[structure] }));
  const [recommendation, setRecommendation] = useState<string>(current?.recommendation ?? alternatives[0]?.id ?? "");
  const [justification, setJustification] = useState(current?.justification ?? "");
  const [state, action, pending] = useActionState(setOverrideAction, IDLE);
  const errors = errorsOf(state);
  const length = justification.trim().length;
  const saved = state.status === "success" ? (state.data.changed ? t("override.saved", { structure: structureNameInSentence(names[state.data.recommendation], locale) }) : t("override.unchanged")) : undefined;
  return (
    <form action={action} className="space-y-4" noValidate data-testid="override-form">
      <input type="hidden" name="resultId" value={resultId} />
      <div className="rounded-md border border-line bg-canvas px-4 py-3">
        <p className="text-sm text-muted">{t("override.modelRecommends")}</p>
        <p className="font-semibold" data-testid="model-recommendation">
          {names[modelRecommendation]}
        </p>
      </div>
      <SelectField
        id={`${id}-recommendation`}
        name="recommendation"
        label={t("override.instead")}
        options={alternatives}
        value={recommendation}
        onChange={(event) => setRecommendation(event.target.value)}
        error={errors.recommendation}
      />
      <TextArea
        id={`${id}-justification`}
        name="justification"
        label={t("override.why")}
        help={t("override.help", { min: JUSTIFICATION_LIMITS.min, max: JUSTIFICATION_LIMITS.max, length })}
        required
        minLength={JUSTIFICATION_LIMITS.min}
        maxLength={JUSTIFICATION_LIMITS.max}
        value={justification}
        onChange={(event) => setJustification(event.target.value)}
        error={errors.justification}
      />
      <FormStatus state={state} fields={FIELDS} success={saved} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("saving") : current ? t("override.update") : t("override.submit")}
      </button>
    </form>
  );
}

export function ClearOverrideButton({ resultId, modelRecommendation, names }: { resultId: string; modelRecommendation: StructureId; names: StructureNames }) {
  const t = useTranslations("Review.override");
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(clearOverrideAction, IDLE);
  return (
    <form action={action} data-testid="clear-override-form">
      <input type="hidden" name="resultId" value={resultId} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("removing") : t("remove", { structure: structureNameInSentence(names[modelRecommendation], locale) })}
      </button>
      <FormStatus state={state} success={state.status === "success" && !state.data.changed ? t("nothingToRemove") : undefined} />
    </form>
  );
}
