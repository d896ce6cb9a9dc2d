import { describe, expect, it } from "vitest";
import { WEBHOOK_PAYLOADS, readSubscribedEvents, webhookBody, type WebhookPayload } from "./events";

const timestamp = new Date("2026-03-04T05:06:07.000Z");

const submitted: WebhookPayload<"result.submitted"> = {
  resultId: "res1",
  assessmentId: "asm1",
  organizationId: "org1",
  recommendation: "ctio",
  confidence: "moderate",
  role: "ceo",
  answers: { industry: "software" },
  submittedAt: timestamp.toISOString(),
};

describe("webhook bodies", () => {
  it("wraps the data in an envelope with the event and the time", () => {
    const body = JSON.parse(webhookBody("result.submitted", submitted, { includeAnswers: true, timestamp }));
    expect(body).toEqual({ type: "result.submitted", timestamp: "2026-03-04T05:06:07.000Z", data: submitted });
  });

  it("leaves the answers out unless the endpoint opted in", () => {
    const body = JSON.parse(webhookBody("result.submitted", submitted, { includeAnswers: false, timestamp }));
    expect(body.data).not.toHaveProperty("answers");
    expect(body.data.resultId).toBe("res1");
  });

  it("refuses data with a field the schema does not document (a name or an email cannot slip out)", () => {
    const withName = { ...submitted, respondentName: "Ada Lovelace" } as WebhookPayload<"result.submitted">;
    expect(() => webhookBody("result.submitted", withName, { includeAnswers: false, timestamp })).toThrow(/respondentName/);
  });

  it("refuses values outside their event's schema", () => {
    expect(() => webhookBody("result.submitted", { ...submitted, recommendation: "ceo" as "ctio" }, { includeAnswers: false, timestamp })).toThrow();
    expect(() => webhookBody("result.submitted", { ...submitted, role: "astronaut" }, { includeAnswers: false, timestamp })).toThrow();
  });

  it("accepts a reviewed result, a completed engagement and a test event", () => {
    const { answers: _answers, submittedAt: _submittedAt, ...facts } = submitted;
    const reviewed = WEBHOOK_PAYLOADS["result.reviewed"].parse({
      ...facts,
      reviewStatus: "in_review",
      recommendationInForce: "cdo",
      overridden: true,
      change: "override_set",
      reviewedAt: timestamp.toISOString(),
    });
    expect(reviewed.recommendationInForce).toBe("cdo");
    expect(() => WEBHOOK_PAYLOADS["result.reviewed"].parse({ ...reviewed, change: "deleted" })).toThrow();
    const engagement = { engagementId: "eng1", organizationId: "org1", respondentCount: 5, resultIds: ["r1"], completedAt: timestamp.toISOString() };
    expect(JSON.parse(webhookBody("engagement.completed", engagement, { includeAnswers: true, timestamp })).data).toEqual(engagement);
    expect(() => WEBHOOK_PAYLOADS["engagement.completed"].parse({ ...engagement, respondentCount: -1 })).toThrow();
    expect(WEBHOOK_PAYLOADS["webhook.test"].parse({ endpointId: "e1", organizationId: "org1", message: "hi" }).endpointId).toBe("e1");
  });
});

describe("readSubscribedEvents", () => {
  it("keeps the known events of a stored list and drops anything else", () => {
    expect(readSubscribedEvents(["result.submitted", "webhook.test", "nope", 3, "engagement.completed"])).toEqual(["result.submitted", "engagement.completed"]);
    expect(readSubscribedEvents("result.submitted")).toEqual([]);
    expect(readSubscribedEvents(null)).toEqual([]);
  });
});
