import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SsoSecondFactorForm } from "@/components/auth/sso-second-factor-form";
import { Card } from "@/components/ui/card";
import { SSO_PROVIDER } from "@/lib/auth/options";
import { ssoErrorMessagesIn } from "@/lib/auth/sso-messages";
import { safeCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignUp");
  return { title: t("codeTitle") };
}

/** Where single sign-on sends an account with an authenticator app; the pending sign-in itself is in an HttpOnly cookie. */
export default async function SsoSecondFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [params, t, locale] = await Promise.all([searchParams, getTranslations("SignUp"), getLocale()]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("codeTitle")}</h1>
      <p className="text-muted">{t("codeLead", { provider: SSO_PROVIDER?.name ?? t("singleSignOn") })}</p>
      <Card>
        <SsoSecondFactorForm callbackPath={safeCallbackPath(params.callbackUrl)} ssoMessages={ssoErrorMessagesIn(locale)} />
      </Card>
    </div>
  );
}
