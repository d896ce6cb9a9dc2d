/**
 * An organization's record of changes against the real database: the changes made to it and to
 * its results, newest first, for its consultants and administrators only.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createAdmin, createConsultant, createMemberAssessment, createTenant, expectDomainError } from "../testing/accounts";
import { parsedBy } from "../testing/parsed-by";
import { ZWebhookCreate, ZWebhookEndpointRef } from "../validation/webhooks";
import { recordAudit } from "./audit";
import { ACTIVITY_LIMIT, listOrganizationActivity } from "./organization-activity";
import { setReviewStatus } from "./result-review";
import { createWebhookEndpoint, deleteWebhookEndpoint } from "./webhooks";

const createEndpoint = parsedBy(ZWebhookCreate, createWebhookEndpoint);
const deleteEndpoint = parsedBy(ZWebhookEndpointRef, deleteWebhookEndpoint);

afterAll(async () => {
  await db.$disconnect();
});

describe("an organization's record of changes", () => {
  it("lists the changes to the organization and to its results, newest first, and no other organization's", async () => {
    const { organization, consultant, executive } = await createTenant();
    const other = await createTenant();
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const endpoint = await createEndpoint(consultant.actor, { organizationId: organization.id, url: "https://hooks.example.com/in", events: ["result.submitted"] });
    await setReviewStatus(consultant.actor, { resultId, status: "in_review" });
    await deleteEndpoint(consultant.actor, { endpointId: endpoint.id });
    await createEndpoint(other.consultant.actor, { organizationId: other.organization.id, url: "https://hooks.example.com/other", events: ["result.submitted"] });

    const activity = await listOrganizationActivity(consultant.actor, organization.id);
    expect(activity.truncated).toBe(false);
    expect(activity.entries.map(({ action, resultId: on, actorLabel }) => ({ action, on, actorLabel }))).toEqual([
      { action: "webhook.deleted", on: null, actorLabel: consultant.user.email },
      { action: "status.changed", on: resultId, actorLabel: consultant.user.email },
      { action: "webhook.created", on: null, actorLabel: consultant.user.email },
    ]);
    // Administrators read every organization's record.
    expect(await listOrganizationActivity((await createAdmin()).actor, organization.id)).toEqual(activity);
  });

  it("is for the organization's consultants: an executive is told so, anyone else finds nothing", async () => {
    const { organization, executive } = await createTenant();
    const otherConsultant = await createConsultant([(await createTenant()).organization.id]);
    await expectDomainError(listOrganizationActivity(executive.actor, organization.id), 403, "consultants_only");
    await expectDomainError(listOrganizationActivity(otherConsultant.actor, organization.id), 404, "organization_not_found");
    await expectDomainError(listOrganizationActivity(otherConsultant.actor, "not an id"), 400, "organizationId");
  });

  it(`shows the newest ${ACTIVITY_LIMIT} and says when there are more`, async () => {
    const { organization, consultant } = await createTenant();
    const actor = { userId: consultant.user.id, email: consultant.user.email };
    const start = Date.now() - 10 * 60_000;
    await db.$transaction(async (tx) => {
      for (let index = 0; index <= ACTIVITY_LIMIT; index += 1) await recordAudit(tx, actor, { action: "branding.changed", organizationId: organization.id, detail: { index } });
    });
    // Spread over distinct times, in the order they were made.
    const rows = await db.auditEvent.findMany({ where: { organizationId: organization.id }, select: { id: true, detail: true } });
    for (const row of rows) await db.auditEvent.update({ where: { id: row.id }, data: { createdAt: new Date(start + Number((row.detail as { index: number }).index) * 1000) } });

    const activity = await listOrganizationActivity(consultant.actor, organization.id);
    expect(activity.truncated).toBe(true);
    expect(activity.entries).toHaveLength(ACTIVITY_LIMIT);
    expect(activity.entries[0]!.detail.index).toBe(ACTIVITY_LIMIT);
    expect(activity.entries.at(-1)!.detail.index).toBe(1);
  });
});
