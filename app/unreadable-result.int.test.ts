/**
 * A stored result whose JSON no longer parses, read through every kind of view: the API, the
 * downloads, a share link, a page and the export each answer with one clear error naming the
 * result, never a crash deep in a renderer. Real routes, real sessions and tokens, the real database.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { unreadableExplanation } from "@/lib/http/error-digest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { loadForPage } from "@/lib/http/load-for-page";
import { findViewableResult } from "@/lib/results/queries";
import { createApiToken } from "@/lib/services/api-tokens";
import { openResultsExport } from "@/lib/services/results-export";
import { createShareLink } from "@/lib/services/share-links";
import { createMemberAssessment, createTenant, uniqueAddress } from "@/lib/testing/accounts";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { GET as getReport } from "./api/v1/results/[id]/report/route";
import { GET as getResult } from "./api/v1/results/[id]/route";
import { GET as getSharedReport } from "./shared/[token]/report/route";

const BASE = "http://127.0.0.1:3000";

afterAll(async () => {
  await db.$disconnect();
});

function request(path: string, headers: Record<string, string>): Request {
  return new Request(`${BASE}${path}`, { headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), ...headers } });
}

async function expectUnreadable(response: Response, resultId: string) {
  expect(response.status).toBe(500);
  expect(response.headers.get("content-disposition")).toBeNull();
  const body: unknown = await response.json();
  expect(body).toMatchObject({ error: { code: "stored_result_unreadable", message: expect.stringContaining(`Result ${resultId} `) } });
}

/** A tenant whose one result has been damaged in the database as `damage` says. */
async function damagedResult(damage: { output?: object; answers?: object }) {
  const tenant = await createTenant();
  const { resultId } = await createMemberAssessment(tenant.executive.actor, tenant.organization.id);
  const link = await createShareLink(tenant.executive.actor, { resultId: resultId!, expiresInDays: 30 });
  await db.result.update({ where: { id: resultId! }, data: damage });
  return { ...tenant, resultId: resultId!, link };
}

describe("a stored result that no longer parses", () => {
  it.each([
    ["output", { output: { recommended: "cto_only", scores: "high" } }],
    ["answers", { answers: { employees: { nested: true } } }],
  ])("is one clear error naming the result when its %s is damaged: API, download, share link and page", async (part, damage) => {
    const { consultant, executive, resultId, link } = await damagedResult(damage);

    const { token } = await createApiToken(consultant.actor, { name: "BI", expiresInDays: 30 });
    await expectUnreadable(await getResult(request(`/api/v1/results/${resultId}`, { authorization: `Bearer ${token}` }), { params: Promise.resolve({ id: resultId }) }), resultId);

    const cookie = await sessionCookie(executive.user.id);
    for (const format of ["pdf", "md"]) {
      const download = await getReport(request(`/api/v1/results/${resultId}/report?format=${format}`, { cookie }), { params: Promise.resolve({ id: resultId }) });
      await expectUnreadable(download, resultId);
    }

    const shared = await getSharedReport(request(`/shared/${link.token}/report?format=md`, {}), { params: Promise.resolve({ token: link.token }) });
    await expectUnreadable(shared, resultId);

    // A page hands the error to app/error.tsx through its digest, which Next keeps in production.
    const page = await loadForPage(findViewableResult(executive.actor, resultId)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(page).toBeInstanceOf(DomainError);
    const digest = page instanceof DomainError && "digest" in page && typeof page.digest === "string" ? page.digest : undefined;
    const explanation = unreadableExplanation(digest);
    expect(explanation).toContain(`Result ${resultId} `);
    expect(explanation).toContain(part);
  });

  it("stops the export with the same error rather than writing empty scores", async () => {
    const { consultant, resultId } = await damagedResult({ output: { scores: { cio_cto: "sixty" } } });
    const exported = await openResultsExport(consultant.actor, {});
    const rows = async () => {
      for await (const row of exported.rows()) expect(row).toBeDefined();
    };
    await expect(rows()).rejects.toMatchObject({ kind: "unreadable", code: "stored_result_unreadable", message: expect.stringContaining(`Result ${resultId} `) });
  });

  it("leaves the organization's other results readable", async () => {
    const { executive, organization, resultId } = await damagedResult({ output: {} });
    const other = (await createMemberAssessment(executive.actor, organization.id)).resultId!;
    await expect(findViewableResult(executive.actor, other)).resolves.toMatchObject({ id: other });
    await expect(findViewableResult(executive.actor, resultId)).rejects.toMatchObject({ kind: "unreadable" });
  });
});
