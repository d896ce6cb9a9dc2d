import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiTokenList } from "@/components/account/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/account/api-tokens/create-api-token-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";
import { publicUrl } from "@/lib/http/absolute-url";
import { listApiTokens } from "@/lib/services/api-tokens";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.tokens");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const PAGE = "/account/api-tokens";

const ENDPOINTS = [
  { path: "/api/v1/results", what: "endpointResults" },
  { path: "/api/v1/results/{id}", what: "endpointResult" },
  { path: "/api/v1/organizations", what: "endpointOrganizations" },
] as const;

async function UsingTheApi({ resultsUrl, openApiUrl }: { resultsUrl: string; openApiUrl: string }) {
  const t = await getTranslations("Account.tokens");
  return (
    <Card>
      <SectionHeading id="using-the-api" lead={t("usingLead")}>
        {t("usingTitle")}
      </SectionHeading>
      <div className="space-y-4">
        <p>{t("usingHeader")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {ENDPOINTS.map((endpoint) => (
            <li key={endpoint.path}>
              <code className="font-mono text-sm">{endpoint.path}</code>: {t(endpoint.what)}
            </li>
          ))}
        </ul>
        <pre className="overflow-x-auto rounded-md border border-line bg-canvas p-3 font-mono text-sm" aria-label={t("exampleRequest")}>
          <code>{`curl -H "Authorization: Bearer rfk_…" "${resultsUrl}?limit=100"`}</code>
        </pre>
        <p>
          {t.rich("paging", {
            url: openApiUrl,
            code: (chunks) => <code className="font-mono text-sm">{chunks}</code>,
            link: (chunks) => (
              <a href={openApiUrl} className="[overflow-wrap:anywhere]">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </Card>
  );
}

export default async function ApiTokensPage() {
  const actor = await requireSecondFactorReady(PAGE);
  const tokens = await loadForPage(listApiTokens(actor));
  const canCreate = canUseWorkspace(actor);
  const [t, account] = await Promise.all([getTranslations("Account.tokens"), getTranslations("Account")]);
  const [resultsUrl, openApiUrl] = [publicUrl("/api/v1/results"), publicUrl("/api/v1/openapi.json")];

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/account">{account("title")}</Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </header>

      {canCreate ? (
        <Card>
          <SectionHeading id="create-token" lead={t("createLead")}>
            {t("createTitle")}
          </SectionHeading>
          <CreateApiTokenForm />
        </Card>
      ) : (
        <Notice title={t("notForYouTitle")}>{t.rich("notForYou", { link: (chunks) => <Link href="/my">{chunks}</Link> })}</Notice>
      )}

      {canCreate || tokens.length > 0 ? (
        <Card>
          <SectionHeading id="your-tokens" lead={t("yourTokensLead")}>
            {t("yourTokens")}
          </SectionHeading>
          <ApiTokenList tokens={tokens} />
        </Card>
      ) : null}

      {canCreate ? <UsingTheApi resultsUrl={resultsUrl} openApiUrl={openApiUrl} /> : null}
    </div>
  );
}
