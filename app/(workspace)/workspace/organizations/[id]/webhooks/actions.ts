"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { createWebhookEndpoint, deleteWebhookEndpoint, revealWebhookSecret, rotateWebhookSecret, sendTestWebhook } from "@/lib/services/webhooks";
import { ZWebhookCreate, ZWebhookEndpointRef } from "@/lib/validation/webhooks";

// Each service checks that the caller is a consultant of the endpoint's organization: the page's guard protects nothing here.

const pageOf = (organizationId: string) => `/workspace/organizations/${organizationId}/webhooks`;

export interface WebhookSecret {
  id: string;
  secret: string;
}

const create = formAction(ZWebhookCreate, async (actor, input): Promise<WebhookSecret> => {
  const created = await createWebhookEndpoint(actor, input);
  revalidatePath(pageOf(created.organizationId));
  return { id: created.id, secret: created.secret };
});

const remove = formAction(ZWebhookEndpointRef, async (actor, input) => {
  const deleted = await deleteWebhookEndpoint(actor, input);
  revalidatePath(pageOf(deleted.organizationId));
  return { id: deleted.id };
});

const rotate = formAction(ZWebhookEndpointRef, async (actor, input): Promise<WebhookSecret> => {
  const rotated = await rotateWebhookSecret(actor, input);
  return { id: rotated.id, secret: rotated.secret };
});

const reveal = formAction(ZWebhookEndpointRef, (actor, input) => revealWebhookSecret(actor, input));

const test = formAction(ZWebhookEndpointRef, async (actor, input) => {
  const sent = await sendTestWebhook(actor, input);
  revalidatePath(pageOf(sent.organizationId));
  return { deliveryId: sent.deliveryId };
});

export async function createWebhookAction(previous: FormState<WebhookSecret>, formData: FormData): Promise<FormState<WebhookSecret>> {
  return create(previous, formData);
}

export async function deleteWebhookAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return remove(previous, formData);
}

export async function rotateWebhookSecretAction(previous: FormState<WebhookSecret>, formData: FormData): Promise<FormState<WebhookSecret>> {
  return rotate(previous, formData);
}

export async function revealWebhookSecretAction(previous: FormState<WebhookSecret>, formData: FormData): Promise<FormState<WebhookSecret>> {
  return reveal(previous, formData);
}

export async function sendTestWebhookAction(previous: FormState<{ deliveryId: string }>, formData: FormData): Promise<FormState<{ deliveryId: string }>> {
  return test(previous, formData);
}
