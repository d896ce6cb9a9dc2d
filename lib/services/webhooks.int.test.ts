/**
 * Webhooks against the real database and a real HTTP receiver started here: what is queued for
 * which endpoint, the signature a receiver checks, retries and giving up (the queue driven by
 * runNextJob with the test's clock), and who may manage endpoints.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import type { DomainError } from "../errors";
import { httpStatusOf } from "../http/errors";
import { createConsultant, createExecutive, createTenant, createMemberAssessment, expectDomainError, type TestAccount } from "../testing/accounts";
import { parsedBy } from "../testing/parsed-by";
import { closedPortUrl, startWebhookReceiver, type WebhookReceiver } from "../testing/webhook-receiver";
import { ZWebhookCreate, ZWebhookEndpointRef } from "../validation/webhooks";
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_BACKOFF } from "../webhooks/retry";
import { verifySignature } from "../webhooks/signature";
import { WEBHOOK_EXAMPLES, type WebhookPayload } from "../webhooks/events";
import { JOB_HANDLERS } from "./job-handlers";
import { runNextJob } from "./job-runner";
import { appJobStore } from "./jobs";
import { clearOverride, setOverride, setReviewStatus } from "./result-review";
import { postWebhook } from "./webhook-transport";
import {
  createWebhookEndpoint as createService,
  deleteWebhookEndpoint as deleteService,
  emitEngagementCompleted,
  emitWebhookEvent,
  listWebhookEndpoints,
  revealWebhookSecret as revealService,
  rotateWebhookSecret as rotateService,
  sendTestWebhook as sendTestService,
  TEST_WEBHOOK_LIMIT,
} from "./webhooks";

const createEndpoint = parsedBy(ZWebhookCreate, createService);
const deleteEndpoint = parsedBy(ZWebhookEndpointRef, deleteService);
const revealSecret = parsedBy(ZWebhookEndpointRef, revealService);
const rotateSecret = parsedBy(ZWebhookEndpointRef, rotateService);
const sendTest = parsedBy(ZWebhookEndpointRef, (actor, input) => sendTestService(actor, input));

const HOUR = 60 * 60_000;
const handlers = { "webhook.deliver": JOB_HANDLERS["webhook.deliver"] };

let receiver: WebhookReceiver;
let clock: Date;

const runNext = () => runNextJob({ store: appJobStore, handlers, instanceId: "webhooks-test", now: clock });
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

beforeEach(async () => {
  // Deliveries other files queued (none should) or an earlier test left must not be claimed here.
  await db.job.deleteMany({ where: { kind: "webhook.deliver" } });
  receiver = await startWebhookReceiver();
  // A minute ahead of the wall clock, so whatever the test queues is already due at the first run.
  clock = new Date(Date.now() + 60_000);
});

afterEach(async () => {
  await receiver.close();
});

afterAll(async () => {
  await db.$disconnect();
});

async function tenantWithEndpoint(fields: Record<string, unknown> = {}) {
  const tenant = await createTenant();
  const endpoint = await createEndpoint(tenant.consultant.actor, { organizationId: tenant.organization.id, url: receiver.url, events: ["result.submitted", "result.reviewed"], ...fields });
  return { ...tenant, endpoint };
}

async function deliveriesOf(endpointId: string) {
  return db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
}

describe("registering endpoints", () => {
  it("returns the secret once at creation, lists the endpoint without it, and reveals it on request", async () => {
    const { organization, consultant, endpoint } = await tenantWithEndpoint({ description: "CRM sync", includeAnswers: "on" });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = await listWebhookEndpoints(consultant.actor, organization.id);
    expect(listed).toEqual([expect.objectContaining({ id: endpoint.id, url: receiver.url, events: ["result.submitted", "result.reviewed"], includeAnswers: true, description: "CRM sync", deliveries: [] })]);
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);
    expect(await revealSecret(consultant.actor, { endpointId: endpoint.id })).toEqual({ id: endpoint.id, secret: endpoint.secret });
  });

  it("refuses a URL that is not http(s), carries credentials, or events outside the list", async () => {
    const { organization, consultant } = await createTenant();
    const base = { organizationId: organization.id, events: "result.submitted" };
    for (const url of ["ftp://hooks.example.com/", "not a url", "https://user:pass@hooks.example.com/", "", "javascript:alert(1)"]) {
      await expectDomainError(createEndpoint(consultant.actor, { ...base, url }), 400, "url");
    }
    await expectDomainError(createEndpoint(consultant.actor, { ...base, url: receiver.url, events: ["result.deleted"] }), 400, "events.0");
    await expectDomainError(createEndpoint(consultant.actor, { ...base, url: receiver.url, events: [] }), 400, "events");
    await expectDomainError(createEndpoint(consultant.actor, { ...base, url: receiver.url, events: ["result.submitted", "result.submitted"] }), 400, "events");
    await expectDomainError(createEndpoint(consultant.actor, { ...base, url: receiver.url, secret: "mine" }), 400);
    expect(await db.webhookEndpoint.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("rotates the secret: later deliveries are signed with the new one only", async () => {
    const { consultant, endpoint } = await tenantWithEndpoint();
    const rotated = await rotateSecret(consultant.actor, { endpointId: endpoint.id });
    expect(rotated.secret).not.toBe(endpoint.secret);
    await sendTest(consultant.actor, { endpointId: endpoint.id });
    expect(await runNext()).toMatchObject({ status: "done" });
    const [request] = receiver.received;
    expect(verifySignature(rotated.secret, request!.headers as Record<string, string>, request!.body, clock)).toBe(true);
    expect(verifySignature(endpoint.secret, request!.headers as Record<string, string>, request!.body, clock)).toBe(false);
  });

  it("deletes an endpoint with its deliveries; a job still queued for one then does nothing", async () => {
    const { consultant, organization, endpoint } = await tenantWithEndpoint();
    await sendTest(consultant.actor, { endpointId: endpoint.id });
    await deleteEndpoint(consultant.actor, { endpointId: endpoint.id });
    expect(await listWebhookEndpoints(consultant.actor, organization.id)).toEqual([]);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect(await runNext()).toMatchObject({ status: "done" });
    expect(receiver.received).toHaveLength(0);
    await expectDomainError(deleteEndpoint(consultant.actor, { endpointId: endpoint.id }), 404, "webhook_not_found");
  });

  it("puts adding, re-keying and deleting an endpoint on the organization's record: who, and where to, without the path, the query or the secret", async () => {
    const url = new URL("/in/crm?key=receivers-own-key", receiver.url).href;
    const { organization, consultant, endpoint } = await tenantWithEndpoint({ url });
    const rotated = await rotateSecret(consultant.actor, { endpointId: endpoint.id });
    // A burst of deletes from several tabs: one deletion, one record.
    await Promise.allSettled(Array.from({ length: 4 }, () => deleteEndpoint(consultant.actor, { endpointId: endpoint.id })));

    const events = await db.auditEvent.findMany({ where: { organizationId: organization.id } });
    const origin = new URL(receiver.url).origin;
    // Recorded within the same millisecond they may share a time: compared without an order.
    expect(events).toHaveLength(3);
    expect(events.map(({ action, actorId, actorEmail, detail }) => ({ action, actorId, actorEmail, detail }))).toEqual(expect.arrayContaining([
      {
        action: "webhook.created",
        actorId: consultant.user.id,
        actorEmail: consultant.user.email,
        detail: { endpointId: endpoint.id, origin, events: "result.submitted result.reviewed", includeAnswers: false },
      },
      { action: "webhook.secret_rotated", actorId: consultant.user.id, actorEmail: consultant.user.email, detail: { endpointId: endpoint.id, origin } },
      { action: "webhook.deleted", actorId: consultant.user.id, actorEmail: consultant.user.email, detail: { endpointId: endpoint.id, origin } },
    ]));
    const stored = JSON.stringify(events);
    for (const secret of [endpoint.secret, rotated.secret, "receivers-own-key", "/in/crm"]) expect(stored).not.toContain(secret);
  });
});

describe("deliveries", () => {
  it("posts the stored body with Standard Webhooks headers that verify with the endpoint's secret", async () => {
    const { organization, executive, endpoint } = await tenantWithEndpoint();
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ event: "result.submitted", status: "pending", attempts: 0 });

    expect(await runNext()).toMatchObject({ kind: "webhook.deliver", status: "done" });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.body).toBe(delivery!.body);
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["webhook-id"]).toBe(delivery!.id);
    expect(request!.headers["webhook-timestamp"]).toBe(String(Math.floor(clock.getTime() / 1000)));
    expect(verifySignature(endpoint.secret, request!.headers as Record<string, string>, request!.body, clock)).toBe(true);

    const body = JSON.parse(request!.body);
    expect(body).toMatchObject({ type: "result.submitted", data: { resultId, organizationId: organization.id, assessmentId: expect.any(String) } });
    expect(["separate", "ctio", "cdo"]).toContain(body.data.recommendation);
    expect(["high", "moderate", "low"]).toContain(body.data.confidence);
    expect(body.data).not.toHaveProperty("answers");
    // No name or address of anyone: the executive's account details appear nowhere.
    const person = await db.user.findUniqueOrThrow({ where: { id: executive.user.id }, select: { email: true, name: true } });
    expect(request!.body).not.toContain(person.email);
    if (person.name) expect(request!.body).not.toContain(person.name);

    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({
      status: "delivered",
      attempts: 1,
      responseStatus: 204,
      error: null,
      lastAttemptAt: clock,
      deliveredAt: clock,
    });
  });

  it("carries the answers only to an endpoint that opted in", async () => {
    const { organization, consultant, executive, endpoint: without } = await tenantWithEndpoint();
    const withAnswers = await createEndpoint(consultant.actor, { organizationId: organization.id, url: receiver.url, events: "result.submitted", includeAnswers: "on" });
    await createMemberAssessment(executive.actor, organization.id);
    const [plain] = await deliveriesOf(without.id);
    const [full] = await deliveriesOf(withAnswers.id);
    expect(JSON.parse(plain!.body).data).not.toHaveProperty("answers");
    expect(JSON.parse(full!.body).data.answers).toEqual(expect.objectContaining({ industry: expect.any(String) }));
  });

  it("sends an event only to the organization's endpoints subscribed to it", async () => {
    const { organization, consultant, executive } = await createTenant();
    const submittedOnly = await createEndpoint(consultant.actor, { organizationId: organization.id, url: receiver.url, events: "result.submitted" });
    const reviewedOnly = await createEndpoint(consultant.actor, { organizationId: organization.id, url: receiver.url, events: "result.reviewed" });
    const elsewhere = await tenantWithEndpoint();

    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    expect((await deliveriesOf(submittedOnly.id)).map((row) => row.event)).toEqual(["result.submitted"]);
    expect(await deliveriesOf(reviewedOnly.id)).toEqual([]);
    expect(await deliveriesOf(elsewhere.endpoint.id)).toEqual([]);

    await setReviewStatus(consultant.actor, { resultId, status: "in_review" });
    // Setting the status it already has changes nothing, and tells nobody.
    await setReviewStatus(consultant.actor, { resultId, status: "in_review" });
    const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
    const other = recommendation === "ctio" ? "separate" : "ctio";
    await setOverride(consultant.actor, { resultId, recommendation: other, justification: "The board has already decided on one executive for both." });
    await clearOverride(consultant.actor, { resultId });
    const reviewed = (await deliveriesOf(reviewedOnly.id)).map((row) => JSON.parse(row.body).data);
    expect(reviewed.map((data) => [data.change, data.reviewStatus, data.overridden, data.recommendationInForce])).toEqual([
      ["status", "in_review", false, recommendation],
      ["override_set", "in_review", true, other],
      ["override_cleared", "in_review", false, recommendation],
    ]);
    expect(JSON.stringify(reviewed)).not.toContain("board");
    expect(await deliveriesOf(submittedOnly.id)).toHaveLength(1);
  });

  it("sends nothing for an assessment outside any organization", async () => {
    const { endpoint } = await tenantWithEndpoint();
    const before = await db.webhookDelivery.count();
    const { createAnonymousAssessment } = await import("../testing/accounts");
    await createAnonymousAssessment();
    expect(await db.webhookDelivery.count()).toBe(before);
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
  });

  it("retries after 500s with the webhook backoff, then delivers", async () => {
    const { consultant, endpoint } = await tenantWithEndpoint();
    receiver.respondWith(500, 503);
    const { deliveryId } = await sendTest(consultant.actor, { endpointId: endpoint.id });

    expect(await runNext()).toMatchObject({ status: "pending" });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, error: "Answered 500." });
    // Not due again before its backoff has passed.
    advance(WEBHOOK_BACKOFF.baseMs - 1_000);
    expect(await runNext()).toBeNull();
    advance(1_000);
    expect(await runNext()).toMatchObject({ status: "pending" });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ attempts: 2, responseStatus: 503 });
    advance(2 * WEBHOOK_BACKOFF.baseMs);
    expect(await runNext()).toMatchObject({ status: "done" });

    expect(receiver.received.map((request) => request.headers["webhook-id"])).toEqual([deliveryId, deliveryId, deliveryId]);
    expect(new Set(receiver.received.map((request) => request.body)).size).toBe(1);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 204, error: null, deliveredAt: clock });
  });

  it("gives up after the last try, about a day after the first, and marks the delivery failed", async () => {
    const { consultant, endpoint } = await tenantWithEndpoint();
    receiver.fallbackStatus = 500;
    const { deliveryId } = await sendTest(consultant.actor, { endpointId: endpoint.id });
    const first = clock.getTime();
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const job = await db.job.findFirstOrThrow({ where: { kind: "webhook.deliver", payload: { equals: { deliveryId } } } });
      clock = job.runAt;
      statuses.push((await runNext())?.status ?? "none");
    }
    expect(statuses).toEqual([...Array<string>(WEBHOOK_MAX_ATTEMPTS - 1).fill("pending"), "failed"]);
    const span = clock.getTime() - first;
    expect(span).toBeGreaterThan(23 * HOUR);
    expect(span).toBeLessThan(25 * HOUR);
    expect(receiver.received).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: "failed", attempts: WEBHOOK_MAX_ATTEMPTS, responseStatus: 500, deliveredAt: null });
    advance(10 * HOUR);
    expect(await runNext()).toBeNull();
    expect(receiver.received).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
  });

  it("never blocks or fails a submission when the endpoint is unreachable; the try records why", async () => {
    const { organization, consultant, executive } = await createTenant();
    const down = await createEndpoint(consultant.actor, { organizationId: organization.id, url: await closedPortUrl(), events: "result.submitted" });
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);
    const [delivery] = await deliveriesOf(down.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 0 });
    expect(await runNext()).toMatchObject({ status: "pending" });
    const after = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } });
    expect(after).toMatchObject({ status: "pending", attempts: 1, responseStatus: null });
    expect(after.error).toMatch(/ECONNREFUSED/);
  });

  it("refuses a payload that breaks its schema (a name slipped in) before anything is stored", async () => {
    const { organization } = await tenantWithEndpoint();
    const before = await db.webhookDelivery.count();
    const named = { ...WEBHOOK_EXAMPLES["result.submitted"], organizationId: organization.id, respondentName: "Ada" };
    await expect(emitWebhookEvent(organization.id, "result.submitted", named as WebhookPayload<"result.submitted">)).rejects.toThrow(/respondentName/);
    expect(await db.webhookDelivery.count()).toBe(before);
  });

  it("does not wait for a receiver that never answers: the submission returns before any try", async () => {
    const { organization, consultant, executive } = await createTenant();
    const hanging = await startHangingServer();
    try {
      const endpoint = await createEndpoint(consultant.actor, { organizationId: organization.id, url: hanging.url, events: "result.submitted" });
      const { resultId } = await createMemberAssessment(executive.actor, organization.id);
      expect(resultId).toBeTruthy();
      expect(hanging.connections()).toBe(0);
      expect(await deliveriesOf(endpoint.id)).toEqual([expect.objectContaining({ status: "pending", attempts: 0 })]);
    } finally {
      await hanging.close();
    }
  });

  it("does not follow a redirect: a 3xx is a failed try", async () => {
    const { consultant, endpoint } = await tenantWithEndpoint();
    receiver.respondWith(302);
    const { deliveryId } = await sendTest(consultant.actor, { endpointId: endpoint.id });
    expect(await runNext()).toMatchObject({ status: "pending" });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ responseStatus: 302, error: "Answered 302: redirects are not followed." });
    expect(receiver.received).toHaveLength(1);
  });

  it("queues engagement.completed for subscribers when the engagements module calls it", async () => {
    const { organization, consultant } = await createTenant();
    const endpoint = await createEndpoint(consultant.actor, { organizationId: organization.id, url: receiver.url, events: "engagement.completed" });
    await emitEngagementCompleted({ engagementId: "eng_1", organizationId: organization.id, respondentCount: 2, resultIds: ["r1", "r2"], completedAt: clock.toISOString() });
    expect(await runNext()).toMatchObject({ status: "done" });
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body).toMatchObject({ type: "engagement.completed", data: { engagementId: "eng_1", respondentCount: 2 } });
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: "delivered" });
  });

  it("sends an endpoint at most its limit of test events under a parallel burst, and says when to try again", async () => {
    const { consultant, endpoint } = await tenantWithEndpoint();
    const burst = await Promise.allSettled(Array.from({ length: 12 }, () => sendTest(consultant.actor, { endpointId: endpoint.id })));
    const sent = burst.filter((outcome) => outcome.status === "fulfilled");
    expect(sent).toHaveLength(TEST_WEBHOOK_LIMIT.limit);
    for (const outcome of burst.filter((entry) => entry.status === "rejected")) {
      const error = (outcome as PromiseRejectedResult).reason as DomainError;
      expect(error.code).toBe("webhook_tests_busy");
      expect(httpStatusOf(error)).toBe(429);
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, event: "webhook.test" } })).toBe(TEST_WEBHOOK_LIMIT.limit);
  });

  it("lists each endpoint's latest deliveries for the log", async () => {
    const { organization, consultant, endpoint } = await tenantWithEndpoint();
    receiver.respondWith(500);
    await sendTest(consultant.actor, { endpointId: endpoint.id });
    await runNext();
    const [listed] = await listWebhookEndpoints(consultant.actor, organization.id);
    expect(listed!.deliveries).toEqual([expect.objectContaining({ event: "webhook.test", status: "pending", attempts: 1, responseStatus: 500, lastAttemptAt: clock.toISOString() })]);
  });
});

describe("the address rule", () => {
  it("refuses loopback literals and names resolving to loopback when private addresses are not allowed", async () => {
    const post = (url: string) => postWebhook({ url, headers: {}, body: "{}", allowPrivateAddresses: false });
    const port = new URL(receiver.url).port;
    await expect(post(`http://127.0.0.1:${port}/`)).rejects.toThrow(/loopback address \(127\.0\.0\.1\).*WEBHOOK_ALLOW_PRIVATE_ADDRESSES/);
    await expect(post(`http://localhost:${port}/`)).rejects.toThrow(/loopback address/);
    await expect(post(`http://[::ffff:127.0.0.1]:${port}/`)).rejects.toThrow(/loopback address/);
    await expect(post(`http://169.254.169.254/latest/meta-data`)).rejects.toThrow(/metadata address/);
    expect(receiver.received).toHaveLength(0);
    expect(await postWebhook({ url: receiver.url, headers: {}, body: "{}", allowPrivateAddresses: true })).toBe(204);
  });
});

describe("a receiver that never answers", () => {
  it("is given up on at the time limit, as a failed try with the reason", async () => {
    const hanging = await startHangingServer();
    try {
      await expect(postWebhook({ url: hanging.url, headers: {}, body: "{}", allowPrivateAddresses: true, timeoutMs: 300 })).rejects.toThrow("No response within 0.3 s.");
      expect(hanging.connections()).toBe(1);
    } finally {
      await hanging.close();
    }
  });
});

describe("who manages endpoints", () => {
  async function outsiders(organizationId: string): Promise<{ executive: TestAccount; otherConsultant: TestAccount }> {
    const other = await createTenant();
    return { executive: await createExecutive([organizationId]), otherConsultant: await createConsultant([other.organization.id]) };
  }

  it("lets only the organization's consultants see or change its endpoints", async () => {
    const { organization, endpoint } = await tenantWithEndpoint();
    const { executive, otherConsultant } = await outsiders(organization.id);
    const ref = { endpointId: endpoint.id };
    for (const actor of [executive.actor, otherConsultant.actor]) {
      await expectDomainError(revealSecret(actor, ref), 404, "webhook_not_found");
      await expectDomainError(rotateSecret(actor, ref), 404, "webhook_not_found");
      await expectDomainError(sendTest(actor, ref), 404, "webhook_not_found");
      await expectDomainError(deleteEndpoint(actor, ref), 404, "webhook_not_found");
    }
    await expectDomainError(listWebhookEndpoints(otherConsultant.actor, organization.id), 404, "organization_not_found");
    await expectDomainError(createEndpoint(otherConsultant.actor, { organizationId: organization.id, url: receiver.url, events: "result.submitted" }), 404, "organization_not_found");
    // A member who may see the organization but not run it is told why.
    await expectDomainError(listWebhookEndpoints(executive.actor, organization.id), 403, "consultants_only");
    await expectDomainError(createEndpoint(executive.actor, { organizationId: organization.id, url: receiver.url, events: "result.submitted" }), 403, "consultants_only");
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secret).toBe(endpoint.secret);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect(await db.webhookEndpoint.count({ where: { organizationId: organization.id } })).toBe(1);
    // Refused changes leave nothing on the record.
    expect(await db.auditEvent.findMany({ where: { organizationId: organization.id }, select: { action: true } })).toEqual([{ action: "webhook.created" }]);
  });
});

async function startHangingServer() {
  const { createServer } = await import("node:http");
  let connections = 0;
  const server = createServer(() => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as import("node:net").AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
