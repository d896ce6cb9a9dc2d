import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Create an account", description: "Create a Rolefit account to keep your assessments and results in one place." };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invitation?: string; callbackUrl?: string }> }) {
  const { invitation, callbackUrl } = await searchParams;
  const validInvitation = invitation && /^[A-Za-z0-9_-]{20,100}$/.test(invitation) ? invitation : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Create your account</h1>
        <p className="mt-2 text-muted">
          {validInvitation ? "After this step you join your organization and start the assessment." : "Keep your assessments and results in one place."}
        </p>
      </div>
      <Card>
        <SignUpForm invitation={validInvitation} afterPath={safeCallbackPath(callbackUrl)} />
      </Card>
      <p className="text-center text-sm text-muted">
        Already have an account? <Link href={validInvitation ? `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${validInvitation}`)}` : "/sign-in"}>Sign in</Link>.
      </p>
    </div>
  );
}
