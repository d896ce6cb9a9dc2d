/**
 * GET /api/auth/session, the endpoint the browser's session provider polls, for a real session
 * cookie. next-auth's route handler reads Next's request scope (cookies() and headers()), which
 * exists only inside a running Next server, so this goes through getServerSession's
 * request-and-response form: the same AuthHandler "session" action with the same options, whose
 * answer getServerSession returns when it holds a session and turns into null when it is `{}`.
 */
import { getServerSession } from "next-auth";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { createAdmin, createExecutive, createTestOrganization } from "@/lib/testing/accounts";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { setUserDisabled as setUserDisabledService } from "@/lib/services/admin-users";
import { signOutEverywhere } from "@/lib/services/account";
import { parsedBy } from "../../../../lib/testing/parsed-by";
import { ZSetUserDisabled } from "../../../../lib/validation/account";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const setUserDisabled = parsedBy(ZSetUserDisabled, setUserDisabledService);

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db.$disconnect();
});

/** The session the endpoint answers for this cookie header, and the cookies it sets. */
async function readSession(cookieHeader: string) {
  const [name = "", value = ""] = cookieHeader.split(/=(.*)/s);
  const setCookies: string[] = [];
  const response = {
    getHeader: (header: string) => (header.toLowerCase() === "set-cookie" ? setCookies : undefined),
    setHeader: (header: string, values: string | string[]) => {
      if (header.toLowerCase() === "set-cookie") setCookies.splice(0, setCookies.length, ...[values].flat());
    },
  };
  const request = { headers: { host: "127.0.0.1:3000", cookie: cookieHeader }, cookies: { [name]: value } };
  const session = await getServerSession(request as never, response as never, authOptions);
  return { session, setCookies };
}

const clearsSessionCookie = (setCookies: string[]) => setCookies.some((cookie) => /^next-auth\.session-token=;/.test(cookie) && /Max-Age=0/i.test(cookie));

async function signedInExecutive() {
  const executive = await createExecutive([(await createTestOrganization()).id]);
  return { executive, cookie: await sessionCookie(executive.user.id) };
}

describe("GET /api/auth/session", () => {
  it("answers an active user's cookie with the session and renews the cookie", async () => {
    const { executive, cookie } = await signedInExecutive();
    const { session, setCookies } = await readSession(cookie);
    expect(session).toMatchObject({ user: { id: executive.user.id, sessionVersion: 1 } });
    expect(setCookies.some((header) => /^next-auth\.session-token=[^;]+;/.test(header))).toBe(true);
    expect(clearsSessionCookie(setCookies)).toBe(false);
  });

  it("answers no session, and clears the cookie, once an administrator disables the account", async () => {
    const { executive, cookie } = await signedInExecutive();
    const admin = await createAdmin();
    expect((await readSession(cookie)).session).not.toBeNull();
    await setUserDisabled(admin.actor, { userId: executive.user.id, disabled: true });
    const { session, setCookies } = await readSession(cookie);
    expect(session).toBeNull();
    expect(clearsSessionCookie(setCookies)).toBe(true);
  });

  it("answers no session for a disabled account even when its session version is unchanged", async () => {
    const { executive, cookie } = await signedInExecutive();
    await db.user.update({ where: { id: executive.user.id }, data: { disabledAt: new Date() } });
    expect((await readSession(cookie)).session).toBeNull();
  });

  it("answers no session after signing out everywhere (as after a password change) and for a deleted account", async () => {
    const { executive, cookie } = await signedInExecutive();
    await signOutEverywhere(executive.actor);
    expect((await readSession(cookie)).session).toBeNull();
    // A new sign-in, at the new version, is a session again.
    expect((await readSession(await sessionCookie(executive.user.id))).session).toMatchObject({ user: { id: executive.user.id, sessionVersion: 2 } });

    const gone = await signedInExecutive();
    await db.user.delete({ where: { id: gone.executive.user.id } });
    expect((await readSession(gone.cookie)).session).toBeNull();
  });

  it("logs an ended session as nothing out of the ordinary", async () => {
    const { executive, cookie } = await signedInExecutive();
    await db.user.update({ where: { id: executive.user.id }, data: { disabledAt: new Date() } });
    const logged = vi.spyOn(logger, "error");
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await readSession(cookie)).session).toBeNull();
    expect(logged).not.toHaveBeenCalled();
    expect(printed).not.toHaveBeenCalled();
  });
});
