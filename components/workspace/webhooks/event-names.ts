import type { WebhookEvent } from "@/lib/webhooks/events";

/** Each event's name in the Webhooks catalog: next-intl reads a dot in a key as nesting, so the ids cannot be keys. */
export const EVENT_NAME_KEYS = {
  "result.submitted": "eventNames.result_submitted",
  "result.reviewed": "eventNames.result_reviewed",
  "engagement.completed": "eventNames.engagement_completed",
  "webhook.test": "eventNames.webhook_test",
} as const satisfies Record<WebhookEvent, string>;

export function isKnownEvent(id: string): id is WebhookEvent {
  return Object.hasOwn(EVENT_NAME_KEYS, id);
}
