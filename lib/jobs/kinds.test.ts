import { describe, expect, it } from "vitest";
import { WEBHOOK_BACKOFF } from "../webhooks/retry";
import { isJobKind, JOB_BACKOFF, JOB_KINDS, JOB_PAYLOADS, RECURRING_JOBS } from "./kinds";

describe("job kinds", () => {
  it("knows the retention purge and nothing by a made-up name", () => {
    expect(JOB_KINDS).toContain("retention.purge");
    expect(isJobKind("retention.purge")).toBe(true);
    expect(isJobKind("toString")).toBe(false);
    expect(isJobKind("retention.purge2")).toBe(false);
  });

  it("refuses a payload that does not fit its kind", () => {
    expect(JOB_PAYLOADS["retention.purge"].safeParse({ period: "2026-12-05" }).success).toBe(true);
    expect(JOB_PAYLOADS["retention.purge"].safeParse({ period: "yesterday" }).success).toBe(false);
    expect(JOB_PAYLOADS["retention.purge"].safeParse({ period: "2026-12-05", extra: 1 }).success).toBe(false);
  });

  it("takes a webhook delivery's id and nothing else, retried on the webhook schedule", () => {
    expect(JOB_PAYLOADS["webhook.deliver"].safeParse({ deliveryId: "cmabc123" }).success).toBe(true);
    expect(JOB_PAYLOADS["webhook.deliver"].safeParse({ deliveryId: "" }).success).toBe(false);
    expect(JOB_PAYLOADS["webhook.deliver"].safeParse({ deliveryId: "d1", body: "{}" }).success).toBe(false);
    expect(JOB_BACKOFF["webhook.deliver"]).toBe(WEBHOOK_BACKOFF);
    expect(JOB_BACKOFF["retention.purge"]).toBeUndefined();
  });

  it("gives every recurring job a payload its own schema accepts", () => {
    for (const recurring of RECURRING_JOBS) {
      expect(JOB_PAYLOADS[recurring.kind].safeParse(recurring.payload("2026-12-05")).success).toBe(true);
    }
  });
});
