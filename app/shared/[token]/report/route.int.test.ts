/** The shared report download route, called as Next calls it, without any session, against the real SQLite file. */
import { afterAll, describe, expect, it } from "vitest";
import { newOpaqueToken } from "@/lib/auth/primitives/tokens";
import { db } from "@/lib/db";
import { createMemberAssessment, createTenant, uniqueAddress } from "@/lib/testing/accounts";
import { createShareLink as createShareLinkService, revokeShareLink as revokeShareLinkService } from "@/lib/services/share-links";
import { GET } from "./route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { parsedBy } from "../../../../lib/testing/parsed-by";
import { ZShareLinkCreate, ZShareLinkRevoke } from "../../../../lib/validation/share-links";
import { ANONYMOUS } from "@/lib/auth/actor";
import { submitAssessment } from "@/lib/services/assessments";
import { shareEngagementReport } from "@/lib/services/engagement-results";
import { closeEngagement, createEngagement } from "@/lib/services/engagements";
import { submissionBody } from "@/lib/testing/fixtures";
import { ZEngagementCreate } from "@/lib/validation/engagements";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);
const revokeShareLink = parsedBy(ZShareLinkRevoke, revokeShareLinkService);

afterAll(async () => {
  await db.$disconnect();
});

function get(token: string, format: string) {
  const request = new Request(`http://127.0.0.1:3000/shared/${token}/report?format=${format}`, { headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress() } });
  return GET(request, { params: Promise.resolve({ token }) });
}

async function sharedResult(name?: string) {
  const { organization, executive } = await createTenant(name);
  const { resultId } = await createMemberAssessment(executive.actor, organization.id);
  const link = await createShareLink(executive.actor, { resultId });
  return { executive, link, organization };
}

describe("GET /shared/{token}/report", () => {
  it("downloads the PDF and the Markdown for a link holder without an account, and counts both", async () => {
    const { link } = await sharedResult("Ünïcødé Café <b>bold</b> \"; filename=evil.exe");

    const pdf = await get(link.token, "pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="rolefit-report-[a-z0-9-]+\.pdf"$/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const markdown = await get(link.token, "md");
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toMatch(/\.md"$/);
    const body = await markdown.text();
    expect(body).not.toContain("<b>");
    expect(body).toContain("&lt;b&gt;bold&lt;/b&gt;");

    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).openCount).toBe(2);
    // The render pool starts its first worker for this download: slow on a busy machine.
  }, 120_000);

  it("answers 404 without a file to revoked and unknown links, and 400 to an unknown format", async () => {
    const { executive, link, organization } = await sharedResult();
    expect((await get(link.token, "docx")).status).toBe(400);
    await revokeShareLink(executive.actor, { shareLinkId: link.id });
    for (const token of [link.token, newOpaqueToken(), "short"]) {
      const response = await get(token, "pdf");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      const body = await response.text();
      expect(JSON.parse(body)).toMatchObject({ error: { code: "share_link_invalid" } });
      expect(body).not.toContain(organization.name);
    }
  });

  it("downloads an engagement's team report through the link sent to its team", async () => {
    const { organization, consultant } = await createTenant();
    const { id: engagementId, respondentIds } = await parsedBy(ZEngagementCreate, createEngagement)(consultant.actor, {
      organizationId: organization.id,
      name: "Board round",
      dueDate: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
      message: "Please answer.",
      notify: "each",
      respondents: `Ada Okafor, ada-${organization.id}@client.example, CEO`,
    });
    const { linkToken } = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondentIds[0]! } });
    await submitAssessment(ANONYMOUS, linkToken, submissionBody());
    await closeEngagement(consultant.actor, { engagementId });
    const { url } = await shareEngagementReport(consultant.actor, { engagementId });
    const token = url?.split("/shared/")[1] ?? "";

    const markdown = await get(token, "md");
    expect(markdown.status).toBe(200);
    expect(await markdown.text()).toContain(`Combined technology leadership recommendation for ${organization.name}`);
    expect((await db.shareLink.findFirstOrThrow({ where: { engagementId } })).openCount).toBe(1);
  });
});
