import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { RESET_LINK_INVALID_MESSAGE } from "@/lib/services/password-reset";

export default async function ResetLinkNotFound() {
  const [t, reset] = await Promise.all([getTranslations("Errors"), getTranslations("Account.reset")]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{reset("title")}</h1>
      <Notice tone="error">{RESET_LINK_INVALID_MESSAGE}</Notice>
      <p>{t.rich("resetLinkRemember", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
    </div>
  );
}
