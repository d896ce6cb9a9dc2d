"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { setRoleWeights } from "@/lib/services/organization-insights";
import { ZRoleWeightsUpdate } from "@/lib/validation/aggregation";

// The service checks that the caller is a consultant of the organization: the page's guard does not protect this action.

const setWeights = formAction(ZRoleWeightsUpdate, async (actor, input) => {
  const saved = await setRoleWeights(actor, input);
  if (saved.changed) revalidatePath(`/workspace/organizations/${saved.organizationId}`);
  return { changed: saved.changed };
});

export async function setRoleWeightsAction(previous: FormState<{ changed: boolean }>, formData: FormData): Promise<FormState<{ changed: boolean }>> {
  return setWeights(previous, formData);
}
