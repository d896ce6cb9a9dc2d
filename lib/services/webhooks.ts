/**
 * Webhook endpoints and their deliveries. A consultant of an organization registers endpoints;
 * events of that organization become one WebhookDelivery row per subscribed endpoint (the exact
 * body, signed when sent) and one durable "webhook.deliver" job each, so a delivery survives a
 * restart and is retried with backoff for about a day (lib/webhooks/retry.ts).
 *
 * Endpoints are found with the actor's organizations in the query's `where`, so an endpoint of
 * an organization the actor does not run is simply not found.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { assertConsultantOf, organizationNotFound, requireUser } from "../auth/access";
import { reviewableOrganizationIds } from "../auth/permissions";
import { db, isUniqueViolation, serializeWrite } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import type { ReviewStatus } from "../validation/portfolio";
import { WEBHOOK_LIMITS, type TWebhookCreate, type TWebhookEndpointRef } from "../validation/webhooks";
import { ADDRESS_CLASS_LABELS, classifyAddress } from "../webhooks/address";
import { readSubscribedEvents, webhookBody, type SubscribableEvent, type WebhookEvent, type WebhookPayload } from "../webhooks/events";
import { WEBHOOK_MAX_ATTEMPTS } from "../webhooks/retry";
import { newWebhookSecret, signedHeaders } from "../webhooks/signature";
import { recordAudit } from "./audit";
import { appJobStore, enqueueJob, type JobStore } from "./jobs";
import { parseOrganizationId } from "./organizations";
import { countAttempt, type LimitRule } from "./rate-limits";
import { waitInWords } from "./request-limits";
import { postWebhook } from "./webhook-transport";

/** Deliveries shown per endpoint in the workspace's log, newest first. */
export const DELIVERY_LOG_LIMIT = 20;

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDeliveryView {
  id: string;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: SubscribableEvent[];
  includeAnswers: boolean;
  description: string | null;
  createdAt: string;
  deliveries: WebhookDeliveryView[];
}

/** Production refuses private addresses and plain http unless the installation says its receivers are on its own network. */
export function webhookNetworkPolicy(): { allowPrivateAddresses: boolean; requireHttps: boolean } {
  const strict = env.NODE_ENV === "production" && !env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES;
  return { allowPrivateAddresses: !strict, requireHttps: strict };
}

function endpointNotFound(): DomainError {
  return new DomainError("not_found", "webhook_not_found", "No webhook endpoint matches this id, or it is not one you manage.");
}

/** The endpoints the actor may manage: those of organizations they are a consultant of (all, for administrators). */
function managedBy(actor: Actor) {
  const organizations = reviewableOrganizationIds(actor);
  return organizations === null ? {} : { organizationId: { in: organizations } };
}

async function findManagedEndpoint(actor: Actor, endpointId: string) {
  requireUser(actor);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { AND: [{ id: endpointId, disabledAt: null }, managedBy(actor)] },
    select: { id: true, organizationId: true, secret: true, url: true },
  });
  if (!endpoint) throw endpointNotFound();
  return endpoint;
}

/**
 * An endpoint receives the organization's results, so who pointed one where, and who changed or
 * removed it, is on the organization's record (the address without its path or query, which may
 * carry the receiver's own key; never the signing secret).
 */
function endpointAudit(endpoint: { id: string; url: string }): { endpointId: string; origin: string } {
  return { endpointId: endpoint.id, origin: new URL(endpoint.url).origin };
}

function checkUrlPolicy(url: string): void {
  const { requireHttps, allowPrivateAddresses } = webhookNetworkPolicy();
  const parsed = new URL(url);
  if (requireHttps && parsed.protocol !== "https:") {
    throw new DomainError("invalid", "webhook_https_required", "The URL must start with https://.", [{ path: "url", message: "The URL must start with https://." }]);
  }
  const kind = classifyAddress(parsed.hostname);
  // A host name is checked when each delivery goes (it may resolve elsewhere by then); an address literal can be refused now.
  if (!allowPrivateAddresses && kind !== "public" && kind !== "invalid") {
    const message = `This URL points at ${ADDRESS_CLASS_LABELS[kind]}, which webhooks may not reach. Use the receiver's public address.`;
    throw new DomainError("invalid", "webhook_address_refused", message, [{ path: "url", message }]);
  }
}

export async function createWebhookEndpoint(actor: Actor, data: TWebhookCreate): Promise<{ id: string; organizationId: string; secret: string }> {
  const user = assertConsultantOf(actor, data.organizationId);
  checkUrlPolicy(data.url);
  const secret = newWebhookSecret();
  return serializeWrite(async () => {
    // Administrators pass the consultant check for any id: a guessed one must still find nothing.
    if (!(await db.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } }))) throw organizationNotFound();
    const count = await db.webhookEndpoint.count({ where: { organizationId: data.organizationId, disabledAt: null } });
    if (count >= WEBHOOK_LIMITS.maxEndpointsPerOrganization) {
      throw new DomainError("conflict", "webhook_limit", `An organization can have at most ${WEBHOOK_LIMITS.maxEndpointsPerOrganization} webhook endpoints. Delete one you no longer use first.`);
    }
    return db.$transaction(async (tx) => {
      const endpoint = await tx.webhookEndpoint.create({
        data: {
          organizationId: data.organizationId,
          url: data.url,
          secret,
          events: data.events,
          includeAnswers: data.includeAnswers,
          description: data.description ?? null,
          createdById: user.userId,
        },
        select: { id: true, organizationId: true, url: true },
      });
      await recordAudit(tx, user, {
        action: "webhook.created",
        organizationId: endpoint.organizationId,
        detail: { ...endpointAudit(endpoint), events: data.events.join(" "), includeAnswers: data.includeAnswers },
      });
      return { id: endpoint.id, organizationId: endpoint.organizationId, secret };
    });
  });
}

function toDeliveryView(row: {
  id: string;
  event: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}): WebhookDeliveryView {
  return {
    id: row.id,
    event: row.event,
    status: row.status === "delivered" || row.status === "failed" ? row.status : "pending",
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    error: row.error,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The organization's endpoints, newest first, each with its latest deliveries. The secrets are not included: revealWebhookSecret shows one. */
export async function listWebhookEndpoints(actor: Actor, organizationId: unknown): Promise<WebhookEndpointView[]> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const endpoints = await db.webhookEndpoint.findMany({
    where: { organizationId: id, disabledAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      url: true,
      events: true,
      includeAnswers: true,
      description: true,
      createdAt: true,
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_LIMIT,
        select: { id: true, event: true, status: true, attempts: true, responseStatus: true, error: true, lastAttemptAt: true, deliveredAt: true, createdAt: true },
      },
    },
  });
  return endpoints.map((endpoint) => ({
    id: endpoint.id,
    url: endpoint.url,
    events: readSubscribedEvents(endpoint.events),
    includeAnswers: endpoint.includeAnswers,
    description: endpoint.description,
    createdAt: endpoint.createdAt.toISOString(),
    deliveries: endpoint.deliveries.map(toDeliveryView),
  }));
}

/** The signing secret, for a consultant who needs it again to set up the receiver. */
export async function revealWebhookSecret(actor: Actor, { endpointId }: TWebhookEndpointRef): Promise<{ id: string; secret: string }> {
  const endpoint = await findManagedEndpoint(actor, endpointId);
  return { id: endpoint.id, secret: endpoint.secret };
}

/** Deleting removes its deliveries too (they cascade), and any still pending are dropped when their job finds no row. */
export async function deleteWebhookEndpoint(actor: Actor, { endpointId }: TWebhookEndpointRef): Promise<{ id: string; organizationId: string }> {
  const user = requireUser(actor);
  return serializeWrite(async () => {
    const endpoint = await findManagedEndpoint(actor, endpointId);
    await db.$transaction(async (tx) => {
      const deleted = await tx.webhookEndpoint.deleteMany({ where: { id: endpoint.id } });
      // Deleted by a concurrent request meanwhile: that one records it.
      if (deleted.count > 0) await recordAudit(tx, user, { action: "webhook.deleted", organizationId: endpoint.organizationId, detail: endpointAudit(endpoint) });
    });
    return { id: endpoint.id, organizationId: endpoint.organizationId };
  });
}

/** A new secret at once: deliveries from now on (retries included) are signed with it. */
export async function rotateWebhookSecret(actor: Actor, { endpointId }: TWebhookEndpointRef): Promise<{ id: string; organizationId: string; secret: string }> {
  const user = requireUser(actor);
  const secret = newWebhookSecret();
  return serializeWrite(async () => {
    const endpoint = await findManagedEndpoint(actor, endpointId);
    await db.$transaction(async (tx) => {
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret } });
      await recordAudit(tx, user, { action: "webhook.secret_rotated", organizationId: endpoint.organizationId, detail: endpointAudit(endpoint) });
    });
    return { id: endpoint.id, organizationId: endpoint.organizationId, secret };
  });
}

interface Recipient {
  id: string;
  includeAnswers: boolean;
}

/**
 * Writes one delivery for `recipient` and queues its job; the delivery id is the webhook-id
 * receivers deduplicate on. With an event key, an event queued again (a submission's follow-up
 * run a second time) finds the first delivery and its job instead of sending the news twice.
 */
async function queueDelivery<E extends WebhookEvent>(store: JobStore, recipient: Recipient, event: E, payload: WebhookPayload<E>, now: Date, eventKey: string | null = null): Promise<{ id: string; created: boolean }> {
  const delivery = await createDelivery(store, recipient, event, payload, now, eventKey);
  try {
    await enqueueJob(store, "webhook.deliver", { deliveryId: delivery.id }, { runAt: now, maxAttempts: WEBHOOK_MAX_ATTEMPTS, dedupeKey: `webhook.deliver:${delivery.id}` });
  } catch (error) {
    // Without its job the delivery would say "pending" for ever: it says what happened instead.
    await store.write(() => store.client.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "failed", error: NOT_QUEUED } }));
    throw error;
  }
  return delivery;
}

const NOT_QUEUED = "The delivery could not be queued.";

async function createDelivery<E extends WebhookEvent>(store: JobStore, recipient: Recipient, event: E, payload: WebhookPayload<E>, now: Date, eventKey: string | null): Promise<{ id: string; created: boolean }> {
  const body = webhookBody(event, payload, { includeAnswers: recipient.includeAnswers, timestamp: now });
  try {
    const { id } = await store.write(() => store.client.webhookDelivery.create({ data: { endpointId: recipient.id, event, body, createdAt: now, eventKey }, select: { id: true } }));
    return { id, created: true };
  } catch (error) {
    if (eventKey === null || !isUniqueViolation(error)) throw error;
    // Queued before under this key. One whose job could not be queued then is queued now.
    const where = { endpointId_eventKey: { endpointId: recipient.id, eventKey } };
    await store.write(() => store.client.webhookDelivery.updateMany({ where: { endpointId: recipient.id, eventKey, status: "failed", attempts: 0, error: NOT_QUEUED }, data: { status: "pending", error: null } }));
    const { id } = await store.client.webhookDelivery.findUniqueOrThrow({ where, select: { id: true } });
    return { id, created: false };
  }
}

/** A `webhook.test` delivery to one endpoint, whatever events it subscribes to. */
/**
 * Test events one endpoint may be sent in a window: enough to check a fix a few times, not a way
 * to have the server post to any address on demand (each failed test is retried for about a day).
 */
export const TEST_WEBHOOK_LIMIT: LimitRule = { limit: 5, windowMs: 10 * 60_000 };

export async function sendTestWebhook(actor: Actor, { endpointId }: TWebhookEndpointRef, store: JobStore = appJobStore): Promise<{ deliveryId: string; organizationId: string }> {
  requireUser(actor);
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { AND: [{ id: endpointId, disabledAt: null }, managedBy(actor)] },
    select: { id: true, organizationId: true, includeAnswers: true },
  });
  if (!endpoint) throw endpointNotFound();
  const counted = await countAttempt(`webhook-test:${endpoint.id}`, TEST_WEBHOOK_LIMIT);
  if (!counted.counted) {
    const minutes = TEST_WEBHOOK_LIMIT.windowMs / 60_000;
    throw new DomainError(
      "rate_limited",
      "webhook_tests_busy",
      `This endpoint was sent ${TEST_WEBHOOK_LIMIT.limit} test events in the last ${minutes} minutes. Try again in ${waitInWords(counted.retryAfterSeconds)}.`,
      [],
      counted.retryAfterSeconds,
    );
  }
  const payload = { endpointId: endpoint.id, organizationId: endpoint.organizationId, message: "A test event from Rolefit: if the signature verifies, this endpoint is set up." };
  const { id: deliveryId } = await queueDelivery(store, endpoint, "webhook.test", payload, new Date());
  return { deliveryId, organizationId: endpoint.organizationId };
}

/**
 * Queues `event` for every active endpoint of the organization that subscribes to it, and returns
 * how many new deliveries were queued (with an event key, none for an endpoint that already has
 * one under it). Callers queue it with the change that causes it: in its transaction (a review)
 * or from a job written in it (a submission's follow-up), so a failure here is retried or undoes
 * the change, and an event is never lost.
 */
export async function emitWebhookEvent<E extends SubscribableEvent>(
  organizationId: string,
  event: E,
  payload: WebhookPayload<E>,
  options: { store?: JobStore; now?: Date; eventKey?: string } = {},
): Promise<{ deliveries: number }> {
  const store = options.store ?? appJobStore;
  const endpoints = await store.client.webhookEndpoint.findMany({ where: { organizationId, disabledAt: null }, select: { id: true, events: true, includeAnswers: true } });
  const subscribed = endpoints.filter((endpoint) => readSubscribedEvents(endpoint.events).includes(event));
  const now = options.now ?? new Date();
  let deliveries = 0;
  for (const endpoint of subscribed) if ((await queueDelivery(store, endpoint, event, payload, now, options.eventKey ?? null)).created) deliveries += 1;
  return { deliveries };
}

const RESULT_FACTS = {
  id: true,
  assessmentId: true,
  organizationId: true,
  recommendation: true,
  confidence: true,
  respondentRole: true,
  answers: true,
  createdAt: true,
  reviewStatus: true,
  overrideRecommendation: true,
  recommendationInForce: true,
} as const;

async function resultFacts(resultId: string, client: Prisma.TransactionClient) {
  const result = await client.result.findUnique({ where: { id: resultId }, select: RESULT_FACTS });
  if (!result?.organizationId) return null;
  return {
    organizationId: result.organizationId,
    facts: {
      resultId: result.id,
      assessmentId: result.assessmentId,
      organizationId: result.organizationId,
      recommendation: result.recommendation as WebhookPayload<"result.submitted">["recommendation"],
      confidence: result.confidence as WebhookPayload<"result.submitted">["confidence"],
      role: result.respondentRole,
      answers: result.answers as WebhookPayload<"result.submitted">["answers"],
    },
    result,
  };
}

/**
 * After a submission in an organization is stored: `result.submitted` to its subscribers. Keyed by
 * the result, so a second call (the submission's follow-up run again) queues nothing new.
 */
export async function emitResultSubmitted(resultId: string, store: JobStore = appJobStore): Promise<{ deliveries: number }> {
  const loaded = await resultFacts(resultId, store.client);
  if (!loaded) return { deliveries: 0 };
  const payload = { ...loaded.facts, submittedAt: loaded.result.createdAt.toISOString() };
  return emitWebhookEvent(loaded.organizationId, "result.submitted", payload, { store, eventKey: `result.submitted:${resultId}` });
}

export type ReviewChange = WebhookPayload<"result.reviewed">["change"];

/**
 * After a review status change or an override set or cleared: `result.reviewed`, with the state
 * after the change. The review passes its transaction's store, so the event is stored with the change.
 */
export async function emitResultReviewed(resultId: string, change: ReviewChange, store: JobStore = appJobStore): Promise<{ deliveries: number }> {
  const loaded = await resultFacts(resultId, store.client);
  if (!loaded) return { deliveries: 0 };
  const { result } = loaded;
  const payload = {
    ...loaded.facts,
    reviewStatus: result.reviewStatus as ReviewStatus,
    recommendationInForce: (result.overrideRecommendation ?? result.recommendation) as WebhookPayload<"result.reviewed">["recommendationInForce"],
    overridden: result.overrideRecommendation !== null,
    change,
    reviewedAt: new Date().toISOString(),
  };
  return emitWebhookEvent(loaded.organizationId, "result.reviewed", payload, { store });
}

/** When everyone in an engagement has answered. Keyed by that moment, so a second call queues nothing new. */
export async function emitEngagementCompleted(data: WebhookPayload<"engagement.completed">, store: JobStore = appJobStore): Promise<{ deliveries: number }> {
  return emitWebhookEvent(data.organizationId, "engagement.completed", data, { store, eventKey: `engagement.completed:${data.engagementId}:${data.completedAt}` });
}

export type DeliveryOutcome = { status: DeliveryStatus | "gone"; attempts: number; responseStatus: number | null };

/**
 * One try of a delivery (the "webhook.deliver" job). It posts the stored body with fresh signature
 * headers and records the try on the row. A try that did not get a 2xx throws, so the job is
 * retried with the webhook backoff; after WEBHOOK_MAX_ATTEMPTS tries the row says "failed". A
 * delivery already settled, or whose endpoint was deleted, is left alone: running a job twice is safe.
 */
export async function deliverWebhook(store: JobStore, deliveryId: string, context: { now: Date; signal?: AbortSignal }): Promise<DeliveryOutcome> {
  const delivery = await store.client.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, body: true, status: true, attempts: true, responseStatus: true, endpoint: { select: { url: true, secret: true, disabledAt: true } } },
  });
  if (!delivery || delivery.endpoint.disabledAt) return { status: "gone", attempts: delivery?.attempts ?? 0, responseStatus: null };
  if (delivery.status !== "pending") return { status: delivery.status as DeliveryStatus, attempts: delivery.attempts, responseStatus: delivery.responseStatus };

  let responseStatus: number | null = null;
  let error: string | null = null;
  try {
    responseStatus = await postWebhook({
      url: delivery.endpoint.url,
      headers: { ...signedHeaders(delivery.endpoint.secret, delivery.id, context.now, delivery.body) },
      body: delivery.body,
      allowPrivateAddresses: webhookNetworkPolicy().allowPrivateAddresses,
      signal: context.signal,
    });
    if (responseStatus < 200 || responseStatus > 299) {
      error = responseStatus >= 300 && responseStatus < 400 ? `Answered ${responseStatus}: redirects are not followed.` : `Answered ${responseStatus}.`;
    }
  } catch (caught) {
    // The server is stopping: the try does not count, and the job goes back to the queue.
    if (context.signal?.aborted) throw caught;
    error = (caught instanceof Error ? caught.message : String(caught)).slice(0, 500);
  }

  const attempts = delivery.attempts + 1;
  const status: DeliveryStatus = error === null ? "delivered" : attempts >= WEBHOOK_MAX_ATTEMPTS ? "failed" : "pending";
  await store.write(() =>
    store.client.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "pending" },
      data: { attempts, responseStatus, error, lastAttemptAt: context.now, status, deliveredAt: status === "delivered" ? context.now : null },
    }),
  );
  if (error !== null) throw new Error(status === "failed" ? `Gave up after ${attempts} tries: ${error}` : error);
  return { status, attempts, responseStatus };
}
