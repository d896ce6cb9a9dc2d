import { z } from "zod";

/** Where signing in leads when nothing asked for another page: /home sends each role to its own start. */
export const HOME_PATH = "/home";

/**
 * A callbackUrl that stays on this site: a path starting with one "/". "//host" and "/\\host"
 * are refused because browsers read both as another host; control characters because some
 * browsers strip them and then see "//". Anything refused becomes the fallback.
 */
export function safeCallbackPath<F extends string | null = string>(value: unknown, fallback: F = HOME_PATH as F): string | F {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}

export const ZEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(320, "An email address can be at most 320 characters.")
  .pipe(z.email("Enter an email address like name@company.com."));
