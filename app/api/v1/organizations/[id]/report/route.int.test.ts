/** The organization report download route, called as Next calls it, with a real session cookie and the real SQLite file. */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { createMemberAssessment, createTenant, uniqueAddress } from "@/lib/testing/accounts";
import { GET } from "./route";
import { ANONYMOUS } from "@/lib/auth/actor";
import { createEngagement } from "@/lib/services/engagements";
import { submitAssessment } from "@/lib/services/assessments";
import { COMPLETE_ANSWERS, submissionBody } from "@/lib/testing/fixtures";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

const BASE = "http://127.0.0.1:3000";

afterAll(async () => {
  await db.$disconnect();
});

function get(organizationId: string, format: string, cookie?: string, query = "") {
  const request = new Request(`${BASE}/api/v1/organizations/${organizationId}/report?format=${format}${query}`, {
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), ...(cookie ? { cookie } : {}) },
  });
  return GET(request, { params: Promise.resolve({ id: organizationId }) });
}

describe("GET /api/v1/organizations/{id}/report", () => {
  it("gives the organization's consultant the PDF and the Markdown as private attachments with ASCII file names", async () => {
    const { organization, consultant, executive } = await createTenant("Ünïcødé Café \"; filename=evil.exe");
    await createMemberAssessment(executive.actor, organization.id);
    const cookie = await sessionCookie(consultant.user.id);

    const pdf = await get(organization.id, "pdf", cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="rolefit-combined-report-unic-de-cafe-filename-evil-exe-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const markdown = await get(organization.id, "md", cookie);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toMatch(/\.md"$/);
    const body = await markdown.text();
    expect(body).toContain("# Combined technology leadership recommendation for Ünïcødé Café \"; filename=evil.exe");
    expect(body).toContain("## Where respondents disagree");
    // The render pool starts its first worker for this download: slow on a busy machine.
  }, 120_000);

  it("answers 404 to other tenants and the organization's executives, 401 without a session, 400 to an unknown format and 409 with nothing to combine", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await createMemberAssessment(a.executive.actor, a.organization.id);
    for (const userId of [b.consultant.user.id, a.executive.user.id]) {
      const refused = await get(a.organization.id, "pdf", await sessionCookie(userId));
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-disposition")).toBeNull();
      expect(await refused.json()).toMatchObject({ error: { code: "organization_not_found" } });
    }
    expect((await get(a.organization.id, "md")).status).toBe(401);
    expect((await get(a.organization.id, "docx", await sessionCookie(a.consultant.user.id))).status).toBe(400);
    const empty = await get(b.organization.id, "pdf", await sessionCookie(b.consultant.user.id));
    expect(empty.status).toBe(409);
    expect(await empty.json()).toMatchObject({ error: { code: "nothing_to_combine" } });
  });

  it("builds the report from one engagement's team when asked, and refuses an engagement of another organization or a malformed id", async () => {
    const { organization, consultant, executive } = await createTenant();
    await createMemberAssessment(executive.actor, organization.id);
    const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const team = "Rosa Engaged, rosa@client.example, CEO\nTom Waiting, tom@client.example, CFO";
    const engagement = await createEngagement(consultant.actor, { organizationId: organization.id, name: "Round", dueDate: due, message: "Please answer.", reminderDays: [], notify: "each", respondents: team });
    const rosa = await db.engagementRespondent.findFirstOrThrow({ where: { engagementId: engagement.id, email: "rosa@client.example" } });
    await submitAssessment(ANONYMOUS, rosa.linkToken, { ...submissionBody(COMPLETE_ANSWERS), details: { respondentName: "Rosa Engaged", respondentRole: "ceo" } });
    const cookie = await sessionCookie(consultant.user.id);

    const whole = await (await get(organization.id, "md", cookie)).text();
    const scoped = await get(organization.id, "md", cookie, `&engagement=${engagement.id}`);
    expect(scoped.status).toBe(200);
    const body = await scoped.text();
    expect(body).toContain("Rosa Engaged");
    expect(whole).toContain("Rosa Engaged");
    expect(body.length).toBeLessThan(whole.length);

    const other = await createTenant();
    const foreign = await createEngagement(other.consultant.actor, { organizationId: other.organization.id, name: "Theirs", dueDate: due, message: "Hi.", reminderDays: [], notify: "each", respondents: "Zed, zed@other.example, CEO" });
    const refused = await get(organization.id, "md", cookie, `&engagement=${foreign.id}`);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: "engagement_not_found" } });
    expect((await get(organization.id, "md", cookie, "&engagement=")).status).toBe(400);
    expect((await get(organization.id, "md", cookie, "&engagement=%3Cscript%3E")).status).toBe(400);
  });
});
