/**
 * One-time password-reset links that a platform administrator issues for a user, and their use.
 * Only a hash of each 256-bit token is stored. A link works once, for 60 minutes, and a newer
 * link for the same user replaces any unused older one.
 */
import "server-only";
import { db, serializeWrite } from "../db";
import { publicUrl } from "../http/absolute-url";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/primitives/password-hash";
import { newPasswordSchema } from "../auth/primitives/password-policy";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { ZResetPassword, ZResetToken, type TIssueReset } from "../validation/account";
import { assertPlatformAdmin } from "./admin-users";
import { DomainError, parseOrThrow, validationError } from "../errors";
import { passwordResetEmail } from "../email/account";
import { recipientLocale } from "../email/recipient-locale";
import { isEmailConfigured, sendMail } from "./mailer";
import { accountCounterPrefixes } from "./sign-in";

export const RESET_LINK_TTL_MINUTES = 60;

/** One message for unknown, used, replaced and expired links: the holder need not know which. */
export const RESET_LINK_INVALID_MESSAGE =
  "This password-reset link cannot be used. Links work once and expire after 60 minutes. Ask your administrator for a new one.";

export type ResetDelivery =
  | { delivery: "email"; email: string; expiresAt: string }
  /** reason says why it was not emailed: email is not configured, or sending failed. */
  | { delivery: "shown"; email: string; expiresAt: string; url: string; reason: "not_configured" | "send_failed" };

export type ResetLinkStatus = { valid: true; email: string } | { valid: false };

function invalidLink(): DomainError {
  return new DomainError("not_found", "reset_link_invalid", RESET_LINK_INVALID_MESSAGE);
}

/** On the configured public URL: a forged Host header must not put someone else's domain into a reset link. */
function linkFor(token: string): string {
  return publicUrl(`/reset-password/${token}`);
}

/**
 * Issues a link for a user and emails it when SMTP is configured; otherwise (or when sending
 * fails) returns it so the administrator can pass it on. The clear token leaves this function
 * only inside that link.
 */
export async function issuePasswordResetLink(actor: Actor, { userId }: TIssueReset): Promise<ResetDelivery> {
  const admin = assertPlatformAdmin(actor);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      disabledAt: true,
      locale: true,
      // No setting yet: the email speaks the language of the organization they joined first.
      memberships: { select: { organization: { select: { language: true } } }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (!user) throw new DomainError("not_found", "user_not_found", "No user has this id.");
  if (user.disabledAt) throw new DomainError("conflict", "user_disabled", "This account is disabled. Enable it before issuing a reset link.");

  const token = newOpaqueToken(32);
  const expiresAt = new Date(Date.now() + RESET_LINK_TTL_MINUTES * 60_000);
  await serializeWrite(() =>
    db.$transaction([
      // A new link replaces older unused ones, so only the latest link sent can work.
      db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
      db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashOpaqueToken(token), expiresAt, createdById: admin.userId } }),
    ]),
  );

  const url = linkFor(token);
  const base = { email: user.email, expiresAt: expiresAt.toISOString() };
  if (!isEmailConfigured()) return { delivery: "shown", ...base, url, reason: "not_configured" };
  try {
    const locale = recipientLocale(user.locale, user.memberships[0]?.organization.language);
    await sendMail({ to: user.email, ...passwordResetEmail({ url, expiresAt, minutes: RESET_LINK_TTL_MINUTES, locale }) });
    return { delivery: "email", ...base };
  } catch (error) {
    // The link is still good: hand it to the administrator rather than leave the user stuck.
    console.error(JSON.stringify({ level: "error", msg: "password-reset email failed", error: String(error) }));
    return { delivery: "shown", ...base, url, reason: "send_failed" };
  }
}

async function findUsableToken(token: string) {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashOpaqueToken(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, disabledAt: true } } },
  });
  // A disabled account's link stops working too: disabling must not be undone by a reset.
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt) return null;
  return row;
}

/** Whether a link can be used, for the page to decide what to show. Reads only. */
export async function getPasswordResetLink(_actor: Actor, token: unknown): Promise<ResetLinkStatus> {
  // Public: the token is the credential, so the actor (often anonymous) grants nothing here.
  const parsed = ZResetToken.safeParse(token);
  if (!parsed.success) return { valid: false };
  const row = await findUsableToken(parsed.data);
  return row ? { valid: true, email: row.user.email } : { valid: false };
}

/**
 * Sets the new password through a link: marks the link used, ends every session of the account
 * (bumps its session version) and clears its sign-in throttle, so the person can sign in at once.
 */
export async function resetPasswordWithLink(_actor: Actor, input: unknown): Promise<{ email: string }> {
  const parsed = ZResetPassword.safeParse(input);
  if (!parsed.success) {
    // A mangled token reads like any other unusable link; other fields get their field errors.
    if (parsed.error.issues.some((issue) => issue.path[0] === "token")) throw invalidLink();
    throw validationError(parsed.error);
  }
  const { token, newPassword } = parsed.data;
  const row = await findUsableToken(token);
  if (!row) throw invalidLink();
  // A refused password leaves the link unused, so the person can try another.
  parseOrThrow(newPasswordSchema({ email: row.user.email }), newPassword, ["newPassword"]);
  const passwordHash = await hashPassword(newPassword);

  await serializeWrite(() =>
    db.$transaction(async (tx) => {
      // Claimed conditionally: of two submissions of one link, only the first sets a password.
      const claimed = await tx.passwordResetToken.updateMany({
        where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw invalidLink();
      const updated = await tx.user.updateMany({
        where: { id: row.userId, disabledAt: null },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      if (updated.count !== 1) throw invalidLink();
      await tx.passwordResetToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
      // The owner proved who they are: their account's sign-in counters start again.
      await tx.rateLimitCounter.deleteMany({ where: { OR: accountCounterPrefixes(row.user.email).map((prefix) => ({ key: { startsWith: prefix } })) } });
    }),
  );
  return { email: row.user.email };
}
