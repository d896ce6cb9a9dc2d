/**
 * Schemas for webhook endpoints. The workspace forms, their server actions and the service parse
 * with the same schemas. Whether plain http is allowed is a rule of the deployment (production
 * requires https), so the service applies it; the schema checks the URL's shape.
 */
import { z } from "zod";
import { SUBSCRIBABLE_EVENTS } from "../webhooks/events";
import { ZRecordId } from "./organizations";
import { singleLineText } from "./text";

const unknownField = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ").slice(0, 200)}.` : undefined,
};

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const WEBHOOK_LIMITS = { maxUrl: 2_000, maxDescription: 200, maxEndpointsPerOrganization: 20 } as const;

/** An absolute http(s) URL with a host and no user name or password (a secret in a URL ends up in logs). */
export const ZWebhookUrl = z
  .string({ error: "Enter the URL that should receive the events." })
  .trim()
  .min(1, "Enter the URL that should receive the events.")
  .max(WEBHOOK_LIMITS.maxUrl, `The URL can be at most ${WEBHOOK_LIMITS.maxUrl} characters.`)
  .check(singleLineText)
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full URL, such as https://hooks.example.com/rolefit." });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") ctx.addIssue({ code: "custom", message: "The URL must start with https://." });
    else if (url.username || url.password) ctx.addIssue({ code: "custom", message: "Leave the user name and password out of the URL; verify deliveries with the signing secret instead." });
    else if (!url.hostname) ctx.addIssue({ code: "custom", message: "The URL needs a host name." });
  });

/** Checkboxes send one value as a string and several as a list. */
const ZEvents = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z
    .array(z.enum(SUBSCRIBABLE_EVENTS, { error: "Choose events from the list." }), { error: "Choose at least one event." })
    .min(1, "Choose at least one event.")
    .max(SUBSCRIBABLE_EVENTS.length, "Choose each event at most once.")
    .refine((events) => new Set(events).size === events.length, "Choose each event at most once."),
);

/** An HTML checkbox sends "on" when ticked and nothing otherwise; JSON callers may send a boolean. */
const ZCheckbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()], { error: "Tick the box or leave it empty." })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const ZWebhookCreate = z.strictObject(
  {
    organizationId: ZRecordId,
    url: ZWebhookUrl,
    events: ZEvents,
    includeAnswers: ZCheckbox,
    description: z.preprocess(
      emptyToUndefined,
      z
        .string({ error: "The description must be text." })
        .trim()
        .max(WEBHOOK_LIMITS.maxDescription, `The description can be at most ${WEBHOOK_LIMITS.maxDescription} characters.`)
        .check(singleLineText)
        .optional(),
    ),
  },
  unknownField,
);

/** Delete, rotate the secret, send a test event, reveal the secret: each names one endpoint. */
export const ZWebhookEndpointRef = z.strictObject({ endpointId: ZRecordId }, unknownField);

export type TWebhookCreate = z.infer<typeof ZWebhookCreate>;
export type TWebhookEndpointRef = z.infer<typeof ZWebhookEndpointRef>;
