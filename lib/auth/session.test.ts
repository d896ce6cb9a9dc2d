/** Reading the actor from a route handler's request: a cookie with a broken escape is no session, not a server error. */
import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "./actor";
import { actorFromRequest } from "./session";

const withCookie = (cookie: string) => new Request("http://127.0.0.1:3000/api/v1/assessments", { headers: { host: "127.0.0.1:3000", cookie } });

describe("actorFromRequest", () => {
  it("reads a session cookie whose value has a broken percent escape as no session", async () => {
    for (const cookie of ["next-auth.session-token=%", "next-auth.session-token=%E0%A4%A", "a=%zz; next-auth.session-token=%ED%A0%80", "next-auth.session-token=abc%"]) {
      await expect(actorFromRequest(withCookie(cookie))).resolves.toEqual(ANONYMOUS);
    }
  });
});
