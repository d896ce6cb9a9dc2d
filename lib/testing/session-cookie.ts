/** The session cookie next-auth would set for a user, for tests that call route handlers as Next does. */
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { db } from "../db";

export async function sessionCookie(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = await encode({ token: { sub: userId, uid: userId, sv: user.sessionVersion, sid: randomBytes(16).toString("base64url") }, secret: process.env.AUTH_SECRET ?? "" });
  return `next-auth.session-token=${token}`;
}
