import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignUp");
  return { title: t("title"), description: t("description") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invitation?: string; callbackUrl?: string }> }) {
  const [{ invitation, callbackUrl }, t] = await Promise.all([searchParams, getTranslations("SignUp")]);
  const validInvitation = invitation && /^[A-Za-z0-9_-]{20,100}$/.test(invitation) ? invitation : null;
  const signInHref = validInvitation ? `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${validInvitation}`)}` : "/sign-in";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 text-muted">{validInvitation ? t("leadInvitation") : t("lead")}</p>
      </div>
      <Card>
        <SignUpForm invitation={validInvitation} afterPath={safeCallbackPath(callbackUrl)} />
      </Card>
      <p className="text-center text-sm text-muted">{t.rich("haveAccount", { link: (chunks) => <Link href={signInHref}>{chunks}</Link> })}</p>
    </div>
  );
}
