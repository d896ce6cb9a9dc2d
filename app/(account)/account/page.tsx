import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireSignedIn } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";
import { getSecurityOverview } from "@/lib/services/account";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const OPENAPI_PATH = "/api/v1/openapi.json";

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const [overview, t] = await Promise.all([getSecurityOverview(actor), getTranslations("Account")]);
  const roles = [
    actor.isPlatformAdmin ? t("rolePlatformAdmin") : null,
    actor.memberships.some((m) => m.role === "consultant") ? t("roleConsultant") : null,
    actor.memberships.some((m) => m.role === "executive") ? t("roleExecutive") : null,
  ].filter((role): role is string => role !== null);

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{overview.name ? `${overview.name}, ${overview.email}` : overview.email}</p>
      </header>

      {actor.mustEnrollTotp ? (
        <Notice tone="warning" title={t("mustEnrollTitle")}>
          {t.rich("mustEnrollBody", { link: (chunks) => <Link href="/account/security?setup=required&callbackUrl=%2Faccount">{chunks}</Link> })}
        </Notice>
      ) : null}

      <Card>
        <SectionHeading id="details">{t("detailsTitle")}</SectionHeading>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("email")}</dt>
          <dd>{overview.email}</dd>
          <dt className="font-semibold">{t("roles")}</dt>
          <dd>{roles.length > 0 ? roles.join(", ") : t("noRoles")}</dd>
          <dt className="font-semibold">{t("twoStep")}</dt>
          <dd>{overview.totpEnabled ? t("twoStepOn") : overview.totpRequired ? t("twoStepRequired") : t("twoStepOff")}</dd>
        </dl>
      </Card>

      <Card>
        <SectionHeading id="security" lead={t("securityLead")}>
          {t("securityTitle")}
        </SectionHeading>
        <ButtonLink href="/account/security" variant="secondary">
          {t("manageSecurity")}
        </ButtonLink>
      </Card>

      <Card>
        <SectionHeading
          id="your-data"
          lead={t.rich("dataLead", {
            schema: (chunks) => <a href="/privacy/export-schema.json">{chunks}</a>,
            privacy: (chunks) => <Link href="/privacy">{chunks}</Link>,
          })}
        >
          {t("dataTitle")}
        </SectionHeading>
        <div className="flex flex-wrap gap-3">
          <a href="/account/export" download className={buttonClass("secondary", "no-underline")}>
            {t("downloadData")}
          </a>
          <ButtonLink href="/account/delete" variant="secondary">
            {t("deleteAccount")}
          </ButtonLink>
        </div>
      </Card>

      {canUseWorkspace(actor) ? (
        <Card>
          <SectionHeading
            id="api"
            lead={t.rich("apiLead", { path: OPENAPI_PATH, link: (chunks) => <a href={OPENAPI_PATH}>{chunks}</a> })}
          >
            {t("apiTitle")}
          </SectionHeading>
          <ButtonLink href="/account/api-tokens" variant="secondary">
            {t("manageTokens")}
          </ButtonLink>
        </Card>
      ) : null}
    </div>
  );
}
