/**
 * Personal API tokens for the read-only JSON API. A token acts as its owner with the owner's
 * current rights, re-read on every request, so it never outlives a membership or an account.
 * Only the token's hash is stored; the token itself exists once, in the answer to its creation.
 */
import "server-only";
import type { Actor, UserActor } from "../auth/actor";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { actorForUser } from "./sessions";
import { countAttempt, type LimitRule } from "./rate-limits";
import { waitInWords } from "./request-limits";
import { db, serializeWrite } from "../db";
import { API_TOKEN_PREFIX, API_TOKEN_VISIBLE_CHARS, ZApiTokenSecret, type TApiTokenCreate, type TApiTokenRevoke } from "../validation/api-tokens";
import { API_TOKEN_REQUEST_LIMIT } from "../request-limit-rules";
import { recordAudit } from "./audit";
import { DomainError } from "../errors";
import { requireUser } from "../auth/access";
import { assertWorkspaceUser } from "../auth/access";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A BI tool may call many times a second; recording every use would turn reads into writes. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenStatus = "active" | "expired" | "revoked";

export interface ApiTokenView {
  id: string;
  name: string;
  /** The first characters of the token, enough to recognize it in a tool's settings. */
  prefix: string;
  status: ApiTokenStatus;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  /** The only time the token exists outside its holder's tool. */
  token: string;
  prefix: string;
  expiresAt: string;
}

/** Revocation wins over expiry: the deliberate reason is the one shown. */
export function apiTokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  return token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

function apiTokenNotFound(): DomainError {
  return new DomainError("not_found", "api_token_not_found", "No API token of yours matches this id.");
}

/**
 * A signed-in session is enough, without entering the password again: a token reads only what
 * its owner can already read in the workspace, expires, and can be revoked at any time.
 */
export async function createApiToken(actor: Actor, data: TApiTokenCreate): Promise<CreatedApiToken> {
  // The API serves the results of the organizations a person reviews, so only reviewers hold tokens.
  const user = assertWorkspaceUser(actor, "API tokens are for consultants and administrators: the API serves the results of the organizations you review.");
  const token = `${API_TOKEN_PREFIX}${newOpaqueToken()}`;
  const prefix = token.slice(0, API_TOKEN_VISIBLE_CHARS);
  const expiresAt = new Date(Date.now() + data.expiresInDays * DAY_MS);
  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: { userId: user.userId, name: data.name, tokenHash: hashOpaqueToken(token), prefix, expiresAt },
        select: { id: true, name: true },
      });
      // A token reads every organization its owner reviews, so its making is on the record (never the secret).
      await recordAudit(tx, user, { action: "token.created", organizationId: null, detail: { tokenId: created.id, name: created.name, prefix, expiresAt: expiresAt.toISOString() } });
      return { id: created.id, name: created.name, token, prefix, expiresAt: expiresAt.toISOString() };
    }),
  );
}

/**
 * The caller's own tokens, newest first. Anyone signed in may list and revoke their own: a
 * former consultant must still be able to end the tokens they made.
 */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  const user = requireUser(actor);
  const now = new Date();
  const tokens = await db.apiToken.findMany({
    where: { userId: user.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  return tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    status: apiTokenStatus(token, now),
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }));
}

/** Idempotent: revoking a revoked token changes nothing and succeeds. */
export async function revokeApiToken(actor: Actor, { apiTokenId }: TApiTokenRevoke): Promise<{ id: string }> {
  const user = requireUser(actor);
  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      // Scoped by owner in the query: someone else's token is as unknown as a missing one.
      const revoked = await tx.apiToken.updateMany({ where: { id: apiTokenId, userId: user.userId, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count === 0) {
        const own = await tx.apiToken.findFirst({ where: { id: apiTokenId, userId: user.userId }, select: { id: true } });
        if (!own) throw apiTokenNotFound();
        return { id: apiTokenId };
      }
      await recordAudit(tx, user, { action: "token.revoked", organizationId: null, detail: { tokenId: apiTokenId } });
      return { id: apiTokenId };
    }),
  );
}

function invalidToken(message = "This API token is not valid: it may be mistyped or revoked, or its owner's account is disabled."): DomainError {
  return new DomainError("unauthenticated", "invalid_token", message);
}

async function recordUse(id: string, now: Date): Promise<void> {
  await serializeWrite(() =>
    db.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    }),
  );
}

/**
 * The owner behind a token, built by the same reader as a session, so the token carries the
 * owner's memberships as they are now. Unknown, revoked and expired tokens and disabled owners
 * are refused alike (401); only an expiry is named, since its holder can do something about it.
 * Each request of a valid token is counted in the shared counters, so its limit holds across
 * instances (429 past it).
 */
export async function actorForApiToken(secret: unknown, limit: LimitRule = API_TOKEN_REQUEST_LIMIT): Promise<UserActor> {
  const parsed = ZApiTokenSecret.safeParse(secret);
  if (!parsed.success) throw invalidToken();
  const now = new Date();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashOpaqueToken(parsed.data) },
    select: { id: true, userId: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { sessionVersion: true } } },
  });
  if (!token) throw invalidToken();
  const status = apiTokenStatus(token, now);
  if (status === "revoked") throw invalidToken();
  if (status === "expired") throw invalidToken("This API token has expired. Create a new one under Account, API tokens.");
  const counted = await countAttempt(`api-token:${token.id}`, limit);
  if (!counted.counted) {
    throw new DomainError(
      "rate_limited",
      "rate_limited",
      `This API token made ${limit.limit} requests in the last minute, its limit. Try again in ${waitInWords(counted.retryAfterSeconds)}.`,
      [],
      counted.retryAfterSeconds,
    );
  }
  // The token is not a session: signing out elsewhere leaves it working, so the current version is the one to check against.
  const actor = await actorForUser(token.userId, token.user.sessionVersion);
  if (actor.kind !== "user") throw invalidToken();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) await recordUse(token.id, now);
  return actor;
}
