"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { removeOrganizationLogo, updateOrganizationBranding } from "@/lib/services/organization-branding";
import { setRoleWeights } from "@/lib/services/organization-insights";
import { ZRoleWeightsUpdate } from "@/lib/validation/aggregation";
import { ZOrganizationBranding, ZOrganizationLogoRemove } from "@/lib/validation/organization-branding";

// Each service checks that the caller is a consultant of the organization: the page's guard does not protect these actions.

const setWeights = formAction(ZRoleWeightsUpdate, async (actor, input) => {
  const saved = await setRoleWeights(actor, input);
  if (saved.changed) revalidatePath(`/workspace/organizations/${saved.organizationId}`, "layout");
  return { changed: saved.changed };
});

export async function setRoleWeightsAction(previous: FormState<{ changed: boolean }>, formData: FormData): Promise<FormState<{ changed: boolean }>> {
  return setWeights(previous, formData);
}

const saveBranding = formAction(ZOrganizationBranding, async (actor, input) => {
  const saved = await updateOrganizationBranding(actor, input);
  if (saved.changed) revalidatePath(`/workspace/organizations/${saved.organizationId}`, "layout");
  return { changed: saved.changed };
});

const removeLogo = formAction(ZOrganizationLogoRemove, async (actor, input) => {
  const removed = await removeOrganizationLogo(actor, input);
  if (removed.removed) revalidatePath(`/workspace/organizations/${removed.organizationId}`, "layout");
  return { removed: removed.removed };
});

export async function saveOrganizationBrandingAction(previous: FormState<{ changed: boolean }>, formData: FormData): Promise<FormState<{ changed: boolean }>> {
  return saveBranding(previous, formData);
}

export async function removeOrganizationLogoAction(previous: FormState<{ removed: boolean }>, formData: FormData): Promise<FormState<{ removed: boolean }>> {
  return removeLogo(previous, formData);
}
