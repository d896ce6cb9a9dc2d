import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SSO_PROVIDER } from "@/lib/auth/options";
import { SSO_ERROR_MESSAGES } from "@/lib/auth/sso-messages";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in", description: "Sign in to Rolefit to see your saved assessments or your clients' results." };

const NOTICES: Record<string, string> = {
  "signed-out": "You have signed out.",
  "password-changed": "Your password was changed and your sessions were ended. Sign in with the new password.",
  "password-reset": "Your password was reset. Sign in with the new password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string }> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const notice = params.notice ? NOTICES[params.notice] : undefined;
  // A failed password sign-in says why inside the form; every other error arrives here in the URL.
  const error = params.error && params.error !== "CredentialsSignin" ? (SSO_ERROR_MESSAGES[params.error] ?? "Signing in did not work. Please try again.") : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card>
        <SignInForm callbackPath={callbackPath} sso={SSO_PROVIDER} />
      </Card>
      <p className="text-center text-sm text-muted">
        New to Rolefit? <Link href={`/sign-up${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ""}`}>Create an account</Link>. Forgot your
        password? Ask your administrator for a reset link.
      </p>
    </div>
  );
}
