import { z } from "zod";

/** Only local paths: an absolute or protocol-relative URL here would be an open redirect. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/my"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export const ZEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(320, "An email address can be at most 320 characters.")
  .pipe(z.email("Enter an email address like name@company.com."));
