/**
 * The report download through the PDF cache, called as Next calls the route, with real sessions
 * and the real database: a second download is the kept file, another tenant still gets 404 once
 * it is kept, and a branding change gives the new report at the next download.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { extractPdf } from "@/lib/testing/extract-pdf-text";
import { reportPdfCache } from "@/lib/report/pdf-cache";
import { updateOrganizationBranding } from "@/lib/services/organization-branding";
import { createMemberAssessment, createTenant, uniqueAddress } from "@/lib/testing/accounts";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { GET } from "./route";

afterAll(async () => {
  await db.$disconnect();
});

async function download(resultId: string, cookie: string) {
  const request = new Request(`http://127.0.0.1:3000/api/v1/results/${resultId}/report?format=pdf`, {
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), cookie },
  });
  const response = await GET(request, { params: Promise.resolve({ id: resultId }) });
  return { status: response.status, disposition: response.headers.get("content-disposition"), bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The cache's file holding exactly these bytes, with its inode: a new render is a new file renamed into place. */
function keptFile(bytes: Buffer): { file: string; inode: number } | null {
  const { directory } = reportPdfCache();
  for (const name of fs.readdirSync(directory)) {
    const file = path.join(directory, name);
    if (name.endsWith(".pdf") && fs.readFileSync(file).equals(bytes)) return { file, inode: fs.statSync(file).ino };
  }
  return null;
}

describe("a PDF download through the cache", () => {
  it("keeps the first download, serves the second from it, refuses another tenant, and shows a branding change at once", async () => {
    const { organization, consultant, executive } = await createTenant();
    const outsider = await createTenant();
    await updateOrganizationBranding(consultant.actor, { organizationId: organization.id, consultantFirmName: "First Advisory" });
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const cookie = await sessionCookie(executive.user.id);

    const first = await download(resultId!, cookie);
    expect(first.status).toBe(200);
    const kept = keptFile(first.bytes);
    expect(kept).not.toBeNull();

    const second = await download(resultId!, cookie);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(fs.statSync(kept!.file).ino).toBe(kept!.inode);

    const refused = await download(resultId!, await sessionCookie(outsider.consultant.user.id));
    expect(refused.status).toBe(404);
    expect(refused.disposition).toBeNull();
    expect(refused.bytes.subarray(0, 5).toString("latin1")).not.toBe("%PDF-");

    await updateOrganizationBranding(consultant.actor, { organizationId: organization.id, consultantFirmName: "Second Advisory" });
    const rebranded = await download(resultId!, cookie);
    expect(rebranded.status).toBe(200);
    const cover = (await extractPdf(rebranded.bytes)).pages[0]?.text ?? "";
    expect(cover).toContain("Second Advisory");
    expect(cover).not.toContain("First Advisory");
  }, 120_000);
});
