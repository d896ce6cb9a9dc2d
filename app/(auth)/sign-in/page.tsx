import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SSO_PROVIDER } from "@/lib/auth/options";
import { ssoErrorMessage } from "@/lib/auth/sso-messages";
import { safeCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("title"), description: t("description") };
}

const NOTICES = { "signed-out": "signedOut", "password-changed": "passwordChanged", "password-reset": "passwordReset" } as const;

function isNotice(value: string | undefined): value is keyof typeof NOTICES {
  return value !== undefined && Object.hasOwn(NOTICES, value);
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string }> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const [t, locale] = await Promise.all([getTranslations("SignIn"), getLocale()]);
  const notice = isNotice(params.notice) ? t(NOTICES[params.notice]) : undefined;
  // A failed password sign-in says why inside the form; every other error arrives here in the URL.
  const error = params.error && params.error !== "CredentialsSignin" ? (ssoErrorMessage(params.error, locale) ?? t("failed")) : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card>
        <SignInForm callbackPath={callbackPath} sso={SSO_PROVIDER} />
      </Card>
      <p className="text-center text-sm text-muted">
        {t.rich("newHere", {
          signup: (chunks) => <Link href={`/sign-up${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ""}`}>{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
