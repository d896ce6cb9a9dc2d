/** The respondent's report download, reached by the assessment's private link, called as Next calls it against the real database. */
import { afterAll, describe, expect, it } from "vitest";
import { newOpaqueToken } from "@/lib/auth/primitives/tokens";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { REQUEST_LIMITS } from "@/lib/request-limit-rules";
import { claimAssessment } from "@/lib/services/claims";
import { createAnonymousAssessment, createExecutive, uniqueAddress } from "@/lib/testing/accounts";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { GET } from "./route";

afterAll(async () => {
  await db.$disconnect();
});

function get(token: string, format: string, options: { cookie?: string; address?: string } = {}) {
  const request = new Request(`http://127.0.0.1:3000/assessment/${token}/report?format=${format}`, {
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: options.address ?? uniqueAddress(), ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  return GET(request, { params: Promise.resolve({ token }) });
}

describe("GET /assessment/{token}/report", () => {
  it("gives the anonymous respondent the PDF and the Markdown of their result, kept out of caches, indexes and Referer headers", async () => {
    const { token } = await createAnonymousAssessment();
    const pdf = await get(token, "pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(pdf.headers.get("referrer-policy")).toBe("no-referrer");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="rolefit-report-[a-z0-9-]+\.pdf"$/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const markdown = await get(token, "md");
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await markdown.text()).toContain("Recommended structure");
    // The render pool may start its first worker for this download: slow on a busy machine.
  }, 120_000);

  it("answers 404 to an unknown, malformed or unsubmitted link, and 400 to an unknown format", async () => {
    const { token } = await createAnonymousAssessment();
    const draft = await createAnonymousAssessment({ draft: true });
    expect((await get(token, "docx")).status).toBe(400);
    for (const [wrong, code] of [
      [newOpaqueToken(), "assessment_not_found"],
      ["short", "assessment_not_found"],
      [`${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`, "assessment_not_found"],
      [draft.token, "result_not_found"],
    ] as const) {
      const response = await get(wrong, "md");
      expect(response.status, wrong).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.json()).toMatchObject({ error: { code } });
    }
  });

  it("once the result is saved to an account, answers only its owner signed in", async () => {
    const { token } = await createAnonymousAssessment();
    const owner = await createExecutive([]);
    const stranger = await createExecutive([]);
    await claimAssessment(owner.actor, token);
    expect((await get(token, "md")).status).toBe(404);
    expect((await get(token, "md", { cookie: await sessionCookie(stranger.user.id) })).status).toBe(404);
    expect((await get(token, "md", { cookie: await sessionCookie(owner.user.id) })).status).toBe(200);
  });

  it("refuses a burst from one address past the download limit with 429, wrong links included", async () => {
    const { token } = await createAnonymousAssessment();
    const address = uniqueAddress();
    const { limit } = REQUEST_LIMITS.reportDownload;
    const statuses = await Promise.all(Array.from({ length: limit + 3 }, () => get(token, "md", { address }).then((response) => response.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    expect((await get(newOpaqueToken(), "md", { address })).status).toBe(429);
  });
});
