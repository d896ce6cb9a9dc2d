/**
 * getActor, the session reader of pages and server actions, with a real session cookie in the
 * request headers: it ends access as the account changes, and reads the user once per request.
 */
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createExecutive, createTestOrganization } from "@/lib/testing/accounts";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { setUserDisabled as setUserDisabledService } from "@/lib/services/admin-users";
import { signOutEverywhere } from "@/lib/services/account";
import { ANONYMOUS } from "./actor";
import { parsedBy } from "../testing/parsed-by";
import { ZSetUserDisabled } from "../validation/account";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const setUserDisabled = parsedBy(ZSetUserDisabled, setUserDisabledService);

const request = vi.hoisted(() => ({ cookie: "" }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000", cookie: request.cookie }),
}));

const { getActor } = await import("./session");

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db.$disconnect();
});

async function signedInExecutive() {
  const executive = await createExecutive([(await createTestOrganization()).id]);
  request.cookie = await sessionCookie(executive.user.id);
  return executive;
}

describe("getActor", () => {
  it("reads the signed-in user from the cookie with one user query", async () => {
    const executive = await signedInExecutive();
    const userQueries = vi.spyOn(db.user, "findUnique");
    await expect(getActor()).resolves.toMatchObject({ kind: "user", userId: executive.user.id });
    expect(userQueries).toHaveBeenCalledTimes(1);
  });

  it("is anonymous without a cookie, with a forged cookie, and with a broken escape", async () => {
    for (const cookie of ["", "next-auth.session-token=not-a-token", "next-auth.session-token=%E0%A4%A"]) {
      request.cookie = cookie;
      await expect(getActor()).resolves.toEqual(ANONYMOUS);
    }
  });

  it("ends access once the account is disabled", async () => {
    const executive = await signedInExecutive();
    const admin = await createAdmin();
    await setUserDisabled(admin.actor, { userId: executive.user.id, disabled: true });
    await expect(getActor()).resolves.toEqual(ANONYMOUS);
  });

  it("ends access once the user signs out everywhere", async () => {
    const executive = await signedInExecutive();
    await signOutEverywhere(executive.actor);
    await expect(getActor()).resolves.toEqual(ANONYMOUS);
  });
});
