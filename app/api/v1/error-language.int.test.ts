/** The JSON API's error messages in the caller's language, calling the real route handlers: the codes and paths never change. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { LOCALE_COOKIE } from "@/lib/http/locale";
import { createTestUser, uniqueAddress } from "@/lib/testing/accounts";
import { draftBody } from "@/lib/testing/fixtures";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { POST as createAssessment } from "./assessments/route";
import { PUT as saveDraft } from "./assessments/[token]/route";

const BASE = "http://127.0.0.1:3000";

interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}

function request(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

async function newToken(): Promise<string> {
  const response = await createAssessment(request("POST", "/api/v1/assessments", undefined), params({}));
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** A draft with two faults: a name over its limit, and a number below its question's minimum. */
async function saveBadDraft(headers: Record<string, string>): Promise<{ status: number; body: ErrorBody }> {
  const token = await newToken();
  const response = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, draftBody({ employees: 0 }, { respondentName: "x".repeat(121) }), headers), params({ token }));
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

const byPath = (body: ErrorBody) => Object.fromEntries(body.error.issues.map((issue) => [issue.path, issue.message]));

describe("the API's error messages", () => {
  it("are English without a language, exactly as the code writes them", async () => {
    const { status, body } = await saveBadDraft({});
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(byPath(body)).toEqual({ "answers.employees": "Enter at least 1 employee.", "details.respondentName": "Your name can be at most 120 characters." });
    expect(body.error.message).toBe("answers.employees: Enter at least 1 employee.");
  });

  it("are German for Accept-Language: de, with the same code and paths", async () => {
    const { status, body } = await saveBadDraft({ "accept-language": "de-DE,de;q=0.9,en;q=0.5" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(byPath(body)).toEqual({ "answers.employees": "Geben Sie mindestens 1 Mitarbeitende an.", "details.respondentName": "Ihr Name darf höchstens 120 Zeichen lang sein." });
    expect(body.error.message).toBe("answers.employees: Geben Sie mindestens 1 Mitarbeitende an.");
  });

  it("follow the switcher's cookie over Accept-Language, and the signed-in person's setting over both", async () => {
    const cookie = `${LOCALE_COOKIE}=fr`;
    const chosen = await saveBadDraft({ "accept-language": "de", cookie });
    expect(byPath(chosen.body)["details.respondentName"]).toBe("Votre nom peut compter au plus 120 caractères.");

    const user = await createTestUser({ secondFactor: false });
    await db.user.update({ where: { id: user.id }, data: { locale: "de" } });
    const signedIn = await saveBadDraft({ "accept-language": "fr", cookie: `${cookie}; ${await sessionCookie(user.id)}` });
    expect(signedIn.body.error.code).toBe("invalid_request");
    expect(byPath(signedIn.body)["details.respondentName"]).toBe("Ihr Name darf höchstens 120 Zeichen lang sein.");
  });

  it("translate errors the route wrapper raises before any handler runs", async () => {
    const token = await newToken();
    const response = await saveDraft(
      new Request(`${BASE}/api/v1/assessments/${token}`, { method: "PUT", headers: { host: "127.0.0.1:3000", "content-type": "application/json", "accept-language": "fr" }, body: "{" }),
      params({ token }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error).toEqual({ code: "invalid_json", message: "Le corps de la requête n'est pas du JSON valide.", issues: [] });
  });
});
