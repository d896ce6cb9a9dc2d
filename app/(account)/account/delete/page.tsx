import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteAccountForm } from "@/components/privacy/deletion-forms";
import { requireSignedIn } from "@/lib/auth/guards";
import { loadForPage } from "@/lib/http/load-for-page";
import { deletionConfirmationOf, getSecurityOverview } from "@/lib/services/account";
import { describeAccountDeletion } from "@/lib/services/data-deletion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.delete");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DeleteAccountPage() {
  const actor = await requireSignedIn("/account/delete");
  const [[overview, impact], t, account] = await Promise.all([
    loadForPage(Promise.all([getSecurityOverview(actor), describeAccountDeletion(actor)])),
    getTranslations("Account.delete"),
    getTranslations("Account"),
  ]);
  const goes = [
    t("goesAccount"),
    impact.memberships > 0 ? t("goesMemberships", { count: impact.memberships }) : null,
    impact.resultsOutsideOrganizations > 0 ? t("goesResults", { count: impact.resultsOutsideOrganizations }) : null,
    impact.drafts > 0 ? t("goesDrafts", { count: impact.drafts }) : null,
    impact.notes > 0 ? t("goesNotes", { count: impact.notes }) : null,
    impact.shareLinks > 0 ? t("goesShareLinks", { count: impact.shareLinks }) : null,
    impact.apiTokens > 0 ? t("goesTokens", { count: impact.apiTokens }) : null,
  ].filter((item): item is string => item !== null);
  return (
    <DeletionPage
      title={t("title")}
      back={{ href: "/account", label: account("title") }}
      lead={t.rich("lead", { link: (chunks) => <a href="/account/export">{chunks}</a> })}
    >
      <div>
        <h2 className="text-lg font-semibold">{t("goesTitle")}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {goes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="text-lg font-semibold">{t("staysTitle")}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            {t("staysAudit")}
            {actor.memberships.some((membership) => membership.role === "consultant") ? ` ${t("staysOverride")}` : null}
          </li>
          {impact.organizationsWithResults > 0 ? <li>{t("staysResults", { count: impact.organizationsWithResults })}</li> : null}
        </ul>
        <p className="mt-3 text-sm text-muted">
          <Link href="/privacy">{t("privacy")}</Link>
        </p>
      </div>
      <DeleteAccountForm confirmation={deletionConfirmationOf(overview)} organizationResults={impact.organizationsWithResults} />
    </DeletionPage>
  );
}
