import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/session";
import { RESET_LINK_TTL_MINUTES, getPasswordResetLink } from "@/lib/services/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.reset");
  return {
    title: t("title"),
    robots: { index: false, follow: false },
    // The token in the URL is a credential: never send it on to another site.
    referrer: "no-referrer",
  };
}

/** Public: the link itself is the credential. Reading it here changes nothing; only the form's POST does. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await getPasswordResetLink(await getActor(), token);
  if (!link.valid) notFound();
  const t = await getTranslations("Account.reset");

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-lg text-muted">{t("lead", { email: link.email, minutes: RESET_LINK_TTL_MINUTES })}</p>
      <Card>
        <ResetPasswordForm token={token} email={link.email} />
      </Card>
    </div>
  );
}
