import { describe, expect, it } from "vitest";
import { WEBHOOK_BACKOFF } from "../webhooks/retry";
import { isJobKind, JOB_BACKOFF, JOB_KINDS, JOB_PAYLOADS, RECURRING_JOBS } from "./kinds";
import { periodOf } from "./period";

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
      const period = periodOf(recurring.period, new Date("2026-12-05T13:30:00Z"));
      expect(JOB_PAYLOADS[recurring.kind].safeParse(recurring.payload(period)).success).toBe(true);
    }
  });

  it("takes a closing email only with its report link, and other emails without one", () => {
    const schema = JOB_PAYLOADS["email.respondent"];
    expect(schema.safeParse({ respondentId: "r1", template: "invitation" }).success).toBe(true);
    expect(schema.safeParse({ respondentId: "r1", template: "closing", reportUrl: "https://rolefit.example.com/share/abc" }).success).toBe(true);
    expect(schema.safeParse({ respondentId: "r1", template: "closing" }).success).toBe(false);
    expect(schema.safeParse({ respondentId: "r1", template: "reminder", reportUrl: "https://rolefit.example.com/share/abc" }).success).toBe(false);
    expect(schema.safeParse({ respondentId: "r1", template: "results" }).success).toBe(false);
  });

  it("takes each consultant email with exactly what it needs", () => {
    const schema = JOB_PAYLOADS["email.consultant"];
    expect(schema.safeParse({ engagementId: "e1", template: "completion", respondentId: "r1" }).success).toBe(true);
    expect(schema.safeParse({ engagementId: "e1", template: "digest", day: "2026-12-05" }).success).toBe(true);
    expect(schema.safeParse({ engagementId: "e1", template: "all_answered" }).success).toBe(true);
    expect(schema.safeParse({ engagementId: "e1", template: "completion" }).success).toBe(false);
    expect(schema.safeParse({ engagementId: "e1", template: "digest", day: "yesterday" }).success).toBe(false);
  });
});
