import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireSignedIn } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";
import { getSecurityOverview } from "@/lib/services/account";

export const metadata: Metadata = {
  title: "Your account",
  robots: { index: false, follow: false },
};

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const overview = await getSecurityOverview(actor);
  const roles = [
    actor.isPlatformAdmin ? "Platform administrator" : null,
    actor.memberships.some((m) => m.role === "consultant") ? "Consultant" : null,
    actor.memberships.some((m) => m.role === "executive") ? "Executive" : null,
  ].filter((role): role is string => role !== null);

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="mt-2 text-lg text-muted">{overview.name ? `${overview.name}, ${overview.email}` : overview.email}</p>
      </header>

      {actor.mustEnrollTotp ? (
        <Notice tone="warning" title="Two-step verification is required for your role">
          <Link href="/account/security?setup=required&callbackUrl=%2Faccount">Set it up now</Link> to use your consultant or
          administrator rights.
        </Notice>
      ) : null}

      <Card>
        <SectionHeading id="details">Details</SectionHeading>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Email</dt>
          <dd>{overview.email}</dd>
          <dt className="font-semibold">Roles</dt>
          <dd>{roles.length > 0 ? roles.join(", ") : "None yet"}</dd>
          <dt className="font-semibold">Two-step verification</dt>
          <dd>{overview.totpEnabled ? "On" : overview.totpRequired ? "Required, not set up yet" : "Off"}</dd>
        </dl>
      </Card>

      <Card>
        <SectionHeading id="security" lead="Two-step verification, recovery codes, your password and your sessions.">
          Sign-in and security
        </SectionHeading>
        <ButtonLink href="/account/security" variant="secondary">
          Manage sign-in and security
        </ButtonLink>
      </Card>

      <Card>
        <SectionHeading
          id="your-data"
          lead={
            <>
              Download everything Rolefit holds about you as JSON (its format is published as a{" "}
              <a href="/privacy/export-schema.json">JSON Schema</a>), or delete your account. <Link href="/privacy">How Rolefit handles your data</Link>.
            </>
          }
        >
          Your data
        </SectionHeading>
        <div className="flex flex-wrap gap-3">
          <a href="/account/export" download className={buttonClass("secondary", "no-underline")}>
            Download my data
          </a>
          <ButtonLink href="/account/delete" variant="secondary">
            Delete my account
          </ButtonLink>
        </div>
      </Card>

      {canUseWorkspace(actor) ? (
        <Card>
          <SectionHeading
            id="api"
            lead={
              <>
                BI tools can read your portfolio through the read-only JSON API with a personal token. The API is described by its OpenAPI
                document at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
              </>
            }
          >
            Read-only API
          </SectionHeading>
          <ButtonLink href="/account/api-tokens" variant="secondary">
            Manage API tokens
          </ButtonLink>
        </Card>
      ) : null}
    </div>
  );
}
