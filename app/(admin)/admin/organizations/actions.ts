"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import {
  addOrganizationMember,
  changeOrganizationMemberRole,
  createOrganizationAsAdmin,
  removeOrganizationMember,
  type MemberChange,
  type MemberRemoval,
} from "@/lib/services/admin-organizations";
import { ZAdminOrganizationCreate, ZMemberAdd, ZMemberRemove, ZMemberRoleChange } from "@/lib/validation/admin-organizations";
import { deleteOrganization, type OrganizationDeletion } from "@/lib/services/data-deletion";
import { ZOrganizationDelete } from "@/lib/validation/privacy";

// Every service checks the administrator again: the page's guard does not protect these actions.

/** The list shows head counts, and the detail page the members: both are drawn again after a change. */
function redraw(organizationId: string): void {
  revalidatePath("/admin/organizations");
  revalidatePath(`/admin/organizations/${organizationId}`);
}

const create = formAction(ZAdminOrganizationCreate, (actor, input) => createOrganizationAsAdmin(actor, input));

const add = formAction(ZMemberAdd, async (actor, input) => {
  const outcome = await addOrganizationMember(actor, input);
  redraw(outcome.organizationId);
  return outcome;
});

const changeRole = formAction(ZMemberRoleChange, async (actor, input) => {
  const outcome = await changeOrganizationMemberRole(actor, input);
  if (outcome.changed) redraw(outcome.organizationId);
  return outcome;
});

const remove = formAction(ZMemberRemove, async (actor, input) => {
  const outcome = await removeOrganizationMember(actor, input);
  redraw(outcome.organizationId);
  return outcome;
});

/** Redirects outside the wrapper, which would otherwise report Next's redirect signal as an error. */
export async function createOrganizationAsAdminAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  const state = await create(previous, formData);
  if (state.status !== "success") return state;
  revalidatePath("/admin/organizations");
  // Straight to its page, where the next step of onboarding a firm happens: adding its consultant.
  redirect(`/admin/organizations/${state.data.id}`);
}

export async function addOrganizationMemberAction(previous: FormState<MemberChange>, formData: FormData): Promise<FormState<MemberChange>> {
  return add(previous, formData);
}

export async function changeOrganizationMemberRoleAction(previous: FormState<MemberChange>, formData: FormData): Promise<FormState<MemberChange>> {
  return changeRole(previous, formData);
}

export async function removeOrganizationMemberAction(previous: FormState<MemberRemoval>, formData: FormData): Promise<FormState<MemberRemoval>> {
  return remove(previous, formData);
}

const deleteForm = formAction(ZOrganizationDelete, (actor, input) => deleteOrganization(actor, input));

export async function deleteOrganizationAction(previous: FormState<OrganizationDeletion>, formData: FormData): Promise<FormState<OrganizationDeletion>> {
  const state = await deleteForm(previous, formData);
  if (state.status !== "success") return state;
  revalidatePath("/admin/organizations");
  redirect("/admin/organizations?deleted=organization");
}
