/** The report download route, called as Next calls it, with a real session cookie and the real SQLite file. */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { createMemberAssessment, createTenant, uniqueAddress } from "@/lib/testing/accounts";
import { GET } from "./route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

const BASE = "http://127.0.0.1:3000";

afterAll(async () => {
  await db.$disconnect();
});

function get(resultId: string, format: string, cookie?: string) {
  const request = new Request(`${BASE}/api/v1/results/${resultId}/report?format=${format}`, {
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), ...(cookie ? { cookie } : {}) },
  });
  return GET(request, { params: Promise.resolve({ id: resultId }) });
}

describe("GET /api/v1/results/{id}/report", () => {
  it("downloads the PDF and the Markdown as private attachments with ASCII file names", async () => {
    const { organization, executive } = await createTenant("Ünïcødé Café \"; filename=evil.exe");
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const cookie = await sessionCookie(executive.user.id);

    const pdf = await get(resultId!, "pdf", cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="rolefit-report-unic-de-cafe-filename-evil-exe-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const markdown = await get(resultId!, "md", cookie);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toMatch(/\.md"$/);
    expect(markdown.headers.get("cache-control")).toBe("private, no-store");
    const body = await markdown.text();
    expect(body).toContain("# Technology leadership recommendation for Ünïcødé Café \"; filename=evil.exe");
    // The render pool starts its first worker for this download: slow on a busy machine.
  }, 120_000);

  it("answers 404 to other tenants, 401 without a session and 400 to an unknown format", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { resultId } = await createMemberAssessment(a.executive.actor, a.organization.id);
    const other = await get(resultId!, "pdf", await sessionCookie(b.consultant.user.id));
    expect(other.status).toBe(404);
    expect(other.headers.get("content-disposition")).toBeNull();
    expect((await get(resultId!, "md")).status).toBe(401);
    expect((await get(resultId!, "docx", await sessionCookie(a.executive.user.id))).status).toBe(400);
  });
});
