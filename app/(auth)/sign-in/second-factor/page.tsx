import type { Metadata } from "next";
import { SsoSecondFactorForm } from "@/components/auth/sso-second-factor-form";
import { Card } from "@/components/ui/card";
import { SSO_PROVIDER } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Enter your code" };

/** Where single sign-on sends an account with an authenticator app; the pending sign-in itself is in an HttpOnly cookie. */
export default async function SsoSecondFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Enter your code</h1>
      <p className="text-muted">
        You signed in with {SSO_PROVIDER?.name ?? "single sign-on"}. Your Rolefit account also asks for the 6-digit code from your authenticator app, or one of your
        recovery codes.
      </p>
      <Card>
        <SsoSecondFactorForm callbackPath={safeCallbackPath(params.callbackUrl)} />
      </Card>
    </div>
  );
}
