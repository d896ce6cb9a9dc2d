"use client";

import { useActionState, useId, useState } from "react";
import { clearOverrideAction, setOverrideAction } from "@/app/(workspace)/workspace/results/[id]/actions";
import { FormStatus, SelectField, TextArea, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { STRUCTURES } from "@/lib/scoring/structures";
import { STRUCTURE_IDS, type StructureId } from "@/lib/scoring/types";
import { JUSTIFICATION_LIMITS } from "@/lib/validation/review";

const FIELDS = ["recommendation", "justification"] as const;

function savedMessage(state: FormState<{ recommendation: StructureId; changed: boolean }>): string | undefined {
  if (state.status !== "success") return undefined;
  return state.data.changed ? `Override saved: ${STRUCTURES[state.data.recommendation].name}.` : "This override was already saved; nothing changed.";
}

/**
 * The model's recommendation stays in view beside the override, and is not offered as one: an
 * override that agrees with the model is no override.
 */
export function OverrideForm({ resultId, modelRecommendation, current }: { resultId: string; modelRecommendation: StructureId; current: { recommendation: StructureId; justification: string } | null }) {
  const id = useId();
  const alternatives = STRUCTURE_IDS.filter((structure) => structure !== modelRecommendation).map((structure) => ({ id: structure, label: STRUCTURES[structure].name }));
  const [recommendation, setRecommendation] = useState<string>(current?.recommendation ?? alternatives[0]?.id ?? "");
  const [justification, setJustification] = useState(current?.justification ?? "");
  const [state, action, pending] = useActionState(setOverrideAction, IDLE);
  const errors = errorsOf(state);
  const length = justification.trim().length;
  return (
    <form action={action} className="space-y-4" noValidate data-testid="override-form">
      <input type="hidden" name="resultId" value={resultId} />
      <div className="rounded-md border border-line bg-canvas px-4 py-3">
        <p className="text-sm text-muted">The model recommends</p>
        <p className="font-semibold" data-testid="model-recommendation">
          {STRUCTURES[modelRecommendation].name}
        </p>
      </div>
      <SelectField
        id={`${id}-recommendation`}
        name="recommendation"
        label="Your recommendation instead"
        options={alternatives}
        value={recommendation}
        onChange={(event) => setRecommendation(event.target.value)}
        error={errors.recommendation}
      />
      <TextArea
        id={`${id}-justification`}
        name="justification"
        label="Why you depart from the model"
        help={
          <>
            Required, {JUSTIFICATION_LIMITS.min} to {JUSTIFICATION_LIMITS.max.toLocaleString("en-US")} characters. It is kept in the audit trail.{" "}
            {length} written.
          </>
        }
        required
        minLength={JUSTIFICATION_LIMITS.min}
        maxLength={JUSTIFICATION_LIMITS.max}
        value={justification}
        onChange={(event) => setJustification(event.target.value)}
        error={errors.justification}
      />
      <FormStatus state={state} fields={FIELDS} success={savedMessage(state)} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Saving…" : current ? "Update override" : "Override the recommendation"}
      </button>
    </form>
  );
}

export function ClearOverrideButton({ resultId, modelRecommendation }: { resultId: string; modelRecommendation: StructureId }) {
  const [state, action, pending] = useActionState(clearOverrideAction, IDLE);
  return (
    <form action={action} data-testid="clear-override-form">
      <input type="hidden" name="resultId" value={resultId} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Removing…" : `Remove the override and follow the model (${STRUCTURES[modelRecommendation].name})`}
      </button>
      <FormStatus state={state} success={state.status === "success" && !state.data.changed ? "There was no override to remove." : undefined} />
    </form>
  );
}
