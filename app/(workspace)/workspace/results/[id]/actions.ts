"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { addNote, clearOverride, setOverride, setReviewStatus } from "@/lib/services/result-review";
import type { StructureId } from "@/lib/scoring/types";
import type { ReviewStatus } from "@/lib/validation/portfolio";
import { ZNoteCreate, ZOverrideClear, ZOverrideSet, ZReviewStatusChange } from "@/lib/validation/review";

// The service re-checks the actor: the guard of the page that shows these forms protects nothing here.

/** The result's page, and the table that shows its status and override. */
function revalidateResult(resultId: string): void {
  revalidatePath(`/workspace/results/${resultId}`);
  revalidatePath("/workspace/results");
}

const note = formAction(ZNoteCreate, async (actor, input) => {
  const created = await addNote(actor, input);
  revalidateResult(input.resultId);
  return created;
});

const status = formAction(ZReviewStatusChange, async (actor, input) => {
  const changed = await setReviewStatus(actor, input);
  revalidateResult(input.resultId);
  return changed;
});

const override = formAction(ZOverrideSet, async (actor, input) => {
  const changed = await setOverride(actor, input);
  revalidateResult(input.resultId);
  return changed;
});

const clear = formAction(ZOverrideClear, async (actor, input) => {
  const changed = await clearOverride(actor, input);
  revalidateResult(input.resultId);
  return changed;
});

export async function addNoteAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return note(previous, formData);
}

export async function setReviewStatusAction(
  previous: FormState<{ status: ReviewStatus; changed: boolean }>,
  formData: FormData,
): Promise<FormState<{ status: ReviewStatus; changed: boolean }>> {
  return status(previous, formData);
}

export async function setOverrideAction(
  previous: FormState<{ recommendation: StructureId; changed: boolean }>,
  formData: FormData,
): Promise<FormState<{ recommendation: StructureId; changed: boolean }>> {
  return override(previous, formData);
}

export async function clearOverrideAction(previous: FormState<{ changed: boolean }>, formData: FormData): Promise<FormState<{ changed: boolean }>> {
  return clear(previous, formData);
}
