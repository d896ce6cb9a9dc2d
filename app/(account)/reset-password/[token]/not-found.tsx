import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { localizeServerMessage } from "@/lib/i18n/server-messages";
import { RESET_LINK_INVALID_MESSAGE } from "@/lib/services/password-reset";

export default async function ResetLinkNotFound() {
  const [t, reset, locale] = await Promise.all([getTranslations("Errors"), getTranslations("Account.reset"), getLocale()]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{reset("title")}</h1>
      <Notice tone="error">{localizeServerMessage(RESET_LINK_INVALID_MESSAGE, locale)}</Notice>
      <p>{t.rich("resetLinkRemember", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
    </div>
  );
}
