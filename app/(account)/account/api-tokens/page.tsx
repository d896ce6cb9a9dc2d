import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokenList } from "@/components/account/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/account/api-tokens/create-api-token-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";
import { publicUrl } from "@/lib/http/absolute-url";
import { listApiTokens } from "@/lib/services/api-tokens";

export const metadata: Metadata = {
  title: "API tokens",
  robots: { index: false, follow: false },
};

const PAGE = "/account/api-tokens";

const ENDPOINTS = [
  { path: "/api/v1/results", what: "the results table, with the workspace's filters, sort and pages" },
  { path: "/api/v1/results/{id}", what: "one result in full: answers, scores, drivers with citations, review status and override" },
  { path: "/api/v1/organizations", what: "the organizations you review, with their result counts" },
] as const;

function UsingTheApi({ resultsUrl, openApiUrl }: { resultsUrl: string; openApiUrl: string }) {
  return (
    <Card>
      <SectionHeading id="using-the-api" lead="Read-only JSON over HTTPS, for Power BI, Tableau, a spreadsheet or a script.">
        Using the API
      </SectionHeading>
      <div className="space-y-4">
        <p>Send the token in the Authorization header of every request. Each endpoint answers GET only:</p>
        <ul className="list-disc space-y-1 pl-6">
          {ENDPOINTS.map((endpoint) => (
            <li key={endpoint.path}>
              <code className="font-mono text-sm">{endpoint.path}</code>: {endpoint.what}
            </li>
          ))}
        </ul>
        <pre className="overflow-x-auto rounded-md border border-line bg-canvas p-3 font-mono text-sm" aria-label="Example request">
          <code>{`curl -H "Authorization: Bearer rfk_…" "${resultsUrl}?limit=100"`}</code>
        </pre>
        <p>
          Pages follow one another: each answer gives the URL of the next page in <code className="font-mono text-sm">next</code>, until it
          is null. The full description, generated from the same schemas the API checks, is the OpenAPI document at{" "}
          <a href={openApiUrl} className="[overflow-wrap:anywhere]">
            {openApiUrl}
          </a>
          .
        </p>
      </div>
    </Card>
  );
}

export default async function ApiTokensPage() {
  const actor = await requireSecondFactorReady(PAGE);
  const tokens = await loadForPage(listApiTokens(actor));
  const canCreate = canUseWorkspace(actor);
  const [resultsUrl, openApiUrl] = [publicUrl("/api/v1/results"), publicUrl("/api/v1/openapi.json")];

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/account">Your account</Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">API tokens</h1>
        <p className="mt-2 text-lg text-muted">
          A personal token lets a BI tool read your portfolio through Rolefit&apos;s read-only API. It sees what you see in the workspace,
          as your rights stand at each request, and it cannot change anything.
        </p>
      </header>

      {canCreate ? (
        <Card>
          <SectionHeading id="create-token" lead="Create one token per tool, so you can revoke one without breaking the others.">
            Create a token
          </SectionHeading>
          <CreateApiTokenForm />
        </Card>
      ) : (
        <Notice title="API tokens are for consultants and administrators">
          The API serves the results of the organizations a consultant reviews. Your own results are on{" "}
          <Link href="/my">your assessments page</Link>.
        </Notice>
      )}

      {canCreate || tokens.length > 0 ? (
        <Card>
          <SectionHeading id="your-tokens" lead="Revoke a token as soon as a tool no longer needs it, or if it may have been seen by someone else.">
            Your tokens
          </SectionHeading>
          <ApiTokenList tokens={tokens} />
        </Card>
      ) : null}

      {canCreate ? <UsingTheApi resultsUrl={resultsUrl} openApiUrl={openApiUrl} /> : null}
    </div>
  );
}
