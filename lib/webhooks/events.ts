/**
 * What Rolefit tells other systems, and the exact shape of each message. A delivery's body is an
 * envelope `{ type, timestamp, data }` (the Standard Webhooks convention); `data` is parsed with
 * its event's schema before it is stored, so a receiver never gets a field the documentation
 * (lib/api/openapi.ts, built from these schemas) does not promise. No payload names a person or
 * carries an address: ids, the organization, the recommendation and the respondent's role only.
 */
import { z } from "zod";
import { STRUCTURE_IDS } from "../scoring/types";
import { ZStoredAnswers } from "../scoring/output-schema";
import { RESPONDENT_ROLES } from "../validation/assessment";
import { REVIEW_STATUSES } from "../validation/portfolio";

/** The events an endpoint may subscribe to, with the label the workspace shows. */
export const WEBHOOK_EVENTS = [
  { id: "result.submitted", label: "Result submitted" },
  { id: "result.reviewed", label: "Result reviewed or overridden" },
  { id: "engagement.completed", label: "Engagement completed (everyone answered)" },
] as const;

export type SubscribableEvent = (typeof WEBHOOK_EVENTS)[number]["id"];
/** `webhook.test` goes to one endpoint on request, whatever it subscribes to. */
export type WebhookEvent = SubscribableEvent | "webhook.test";

export const SUBSCRIBABLE_EVENTS = WEBHOOK_EVENTS.map((event) => event.id) as [SubscribableEvent, ...SubscribableEvent[]];

const id = z.string().min(1);
const roleIds = RESPONDENT_ROLES.map((role) => role.id) as [string, ...string[]];
const reviewStatusIds = REVIEW_STATUSES.map((status) => status.id) as [string, ...string[]];

const ZResultFacts = {
  resultId: id.meta({ description: "The result's id, as in /api/v1/results/{id}." }),
  assessmentId: id,
  organizationId: id,
  recommendation: z.enum(STRUCTURE_IDS).meta({ description: "The model's recommendation." }),
  confidence: z.enum(["high", "moderate", "low"]),
  role: z.enum(roleIds).nullable().meta({ description: "The respondent's role, when they gave one." }),
  answers: ZStoredAnswers.optional().meta({ description: "Question ids to the answers given; present only when the endpoint opted in to answers." }),
};

export const WEBHOOK_PAYLOADS = {
  "result.submitted": z.strictObject({ ...ZResultFacts, submittedAt: z.iso.datetime() }),
  "result.reviewed": z.strictObject({
    ...ZResultFacts,
    reviewStatus: z.enum(reviewStatusIds),
    recommendationInForce: z.enum(STRUCTURE_IDS).meta({ description: "The consultant's override when there is one, else the model's recommendation." }),
    overridden: z.boolean(),
    change: z.enum(["status", "override_set", "override_cleared"]).meta({ description: "What the consultant changed." }),
    reviewedAt: z.iso.datetime(),
  }),
  "engagement.completed": z.strictObject({
    engagementId: id,
    organizationId: id,
    respondentCount: z.number().int().min(0),
    resultIds: z.array(id),
    completedAt: z.iso.datetime(),
  }),
  "webhook.test": z.strictObject({
    endpointId: id,
    organizationId: id,
    message: z.string(),
  }),
} as const satisfies Record<WebhookEvent, z.ZodType>;

export type WebhookPayload<E extends WebhookEvent> = z.infer<(typeof WEBHOOK_PAYLOADS)[E]>;

export function isSubscribableEvent(value: string): value is SubscribableEvent {
  return (SUBSCRIBABLE_EVENTS as readonly string[]).includes(value);
}

/** The events stored on an endpoint (a JSON column), with anything unknown dropped rather than trusted. */
export function readSubscribedEvents(stored: unknown): SubscribableEvent[] {
  return Array.isArray(stored) ? stored.filter((value): value is SubscribableEvent => typeof value === "string" && isSubscribableEvent(value)) : [];
}

/**
 * The exact body one endpoint receives: answers are dropped unless it opted in, and the data is
 * checked against its event's schema so nothing undocumented (a name, an email) slips out.
 */
export function webhookBody<E extends WebhookEvent>(event: E, data: WebhookPayload<E>, options: { includeAnswers: boolean; timestamp: Date }): string {
  const { answers, ...rest } = data as WebhookPayload<E> & { answers?: unknown };
  const shaped = options.includeAnswers && answers !== undefined ? { ...rest, answers } : rest;
  const parsed = WEBHOOK_PAYLOADS[event].parse(shaped);
  return JSON.stringify({ type: event, timestamp: options.timestamp.toISOString(), data: parsed });
}

/** The whole body of an event's delivery, as documented: the envelope around the event's data. */
export function webhookEnvelopeSchema<E extends WebhookEvent>(event: E) {
  return z.strictObject({
    type: z.literal(event),
    timestamp: z.iso.datetime().meta({ description: "When the event happened (UTC)." }),
    data: WEBHOOK_PAYLOADS[event],
  });
}

const EXAMPLE_TIME = "2027-03-04T09:30:00.000Z";
const EXAMPLE_IDS = { resultId: "cm7r2x9k40003mq08z1b5v6tj", assessmentId: "cm7r2x9k10001mq08c4n2d8wa", organizationId: "cm7r2w1a80000mq08h6y3k2pe" };
const EXAMPLE_FACTS = { ...EXAMPLE_IDS, recommendation: "ctio", confidence: "moderate", role: "ceo" } as const;

/** One example of each event's data, for the OpenAPI document and the README; the tests parse each with its schema. */
export const WEBHOOK_EXAMPLES: { [E in WebhookEvent]: WebhookPayload<E> } = {
  "result.submitted": { ...EXAMPLE_FACTS, submittedAt: EXAMPLE_TIME },
  "result.reviewed": { ...EXAMPLE_FACTS, reviewStatus: "in_review", recommendationInForce: "separate", overridden: true, change: "override_set", reviewedAt: EXAMPLE_TIME },
  "engagement.completed": { engagementId: "cm7r3a0b20004mq08t5u7v9xy", organizationId: EXAMPLE_IDS.organizationId, respondentCount: 5, resultIds: [EXAMPLE_IDS.resultId], completedAt: EXAMPLE_TIME },
  "webhook.test": { endpointId: "cm7r3b1c30005mq08p2q4r6st", organizationId: EXAMPLE_IDS.organizationId, message: "A test event from Rolefit: if the signature verifies, this endpoint is set up." },
};

export const WEBHOOK_EVENT_NAMES = [...SUBSCRIBABLE_EVENTS, "webhook.test"] as const satisfies readonly WebhookEvent[];
