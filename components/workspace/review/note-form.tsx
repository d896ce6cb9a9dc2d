"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { addNoteAction } from "@/app/(workspace)/workspace/results/[id]/actions";
import { FormStatus, TextArea, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { NOTE_LIMITS } from "@/lib/validation/review";

const FIELDS = ["body"] as const;

export function NoteForm({ resultId }: { resultId: string }) {
  const t = useTranslations("Review.notes");
  const id = useId();
  const [body, setBody] = useState("");
  const [state, action, pending] = useActionState(addNoteAction, IDLE);
  // Empty again after a saved note; a refused one stays, to be corrected. Adjusted while
  // rendering rather than in an effect, so the server action is passed straight to the form.
  const [handled, setHandled] = useState(state);
  if (handled !== state) {
    setHandled(state);
    if (state.status === "success") setBody("");
  }
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="note-form">
      <input type="hidden" name="resultId" value={resultId} />
      <TextArea
        id={`${id}-body`}
        name="body"
        label={t("new")}
        help={t("help", { max: NOTE_LIMITS.max })}
        required
        maxLength={NOTE_LIMITS.max}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
      />
      <FormStatus state={state} fields={FIELDS} success={t("added")} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("adding") : t("add")}
      </button>
    </form>
  );
}
