/**
 * Sessions ended by signing out. A session is a signed token the browser holds, so deleting the
 * cookie ends it only in that browser: a copy taken before (from a shared machine, a proxy log,
 * malware) would stay valid until it expires. Each token carries a random session id; signing
 * out records it here, and every instance refuses it at the next request.
 */
import "server-only";
import { db } from "../db";

export async function revokeSession(sessionId: string, expiresAt: Date): Promise<void> {
  await db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} });
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { id: sessionId } })) > 0;
}
