/** Creating an account with email and password. */
import "server-only";
import { z } from "zod";
import { db, isUniqueViolation } from "../db";
import { hashPassword } from "../auth/primitives/password-hash";
import { passwordProblems } from "../auth/primitives/password-policy";
import { ZEmail } from "../validation/auth";
import { singleLineText } from "../validation/text";
import { limitPerAddress } from "./request-limits";
import { DomainError, parseOrThrow } from "../errors";

export const ZSignUp = z.strictObject(
  {
    name: z.string().trim().min(1, "Enter your name.").max(120, "A name can be at most 120 characters.").check(singleLineText),
    email: ZEmail,
    // Checked against the policy below, with the email as context; never trimmed or truncated.
    password: z.string({ error: "Choose a password." }).max(1024, "A password can be at most 128 characters."),
    invitation: z.string().max(100).optional(),
  },
  // zod's own message would repeat the unknown keys whole, however long the client made them.
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ").slice(0, 200)}.` : undefined) },
);

/** Same words whether or not the address is taken by someone else, so they reveal nothing about it. */
export const EMAIL_UNAVAILABLE = "An account can't be created with this email. If you already have one, sign in instead.";

/** Counted per client address only once the form is valid: a typo costs nothing, an account costs a hash and a row. */
export async function signUp(input: unknown, clientAddress: string): Promise<{ userId: string; email: string }> {
  const { name, email, password } = parseOrThrow(ZSignUp, input);
  const problems = passwordProblems(password, { email });
  if (problems.length > 0) throw new DomainError("invalid", "invalid_request", problems[0]!, problems.map((message) => ({ path: "password", message })));
  await limitPerAddress("signUp", clientAddress);
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { name, email, passwordHash }, select: { id: true, email: true } });
    return { userId: user.id, email: user.email };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("invalid", "invalid_request", EMAIL_UNAVAILABLE, [{ path: "email", message: EMAIL_UNAVAILABLE }]);
    }
    throw error;
  }
}
