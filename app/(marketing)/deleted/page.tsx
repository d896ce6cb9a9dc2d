import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Privacy");
  return { title: t("deleted.title"), robots: { index: false, follow: false } };
}

const MESSAGES = {
  account: { title: "deleted.accountTitle", body: "deleted.accountBody" },
  result: { title: "deleted.resultTitle", body: "deleted.resultBody" },
  draft: { title: "deleted.draftTitle", body: "deleted.draftBody" },
} as const;

/** Where a deletion lands once the thing it was about no longer exists. */
export default async function DeletedPage({ searchParams }: { searchParams: Promise<{ what?: string }> }) {
  const [{ what }, t] = await Promise.all([searchParams, getTranslations("Privacy")]);
  const message = what === "account" || what === "result" || what === "draft" ? MESSAGES[what] : ({ title: "deleted.title", body: "deleted.body" } as const);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t(message.title)}</h1>
      <Notice tone="success" role="status">
        {t(message.body)}
      </Notice>
      <p>
        <Link href="/">{t("deleted.home")}</Link> · <Link href="/privacy">{t("deleted.privacy")}</Link>
      </p>
    </div>
  );
}
