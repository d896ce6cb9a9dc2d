import type { Metadata } from "next";
import Link from "next/link";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteAccountForm } from "@/components/privacy/deletion-forms";
import { requireSignedIn } from "@/lib/auth/guards";
import { loadForPage } from "@/lib/http/load-for-page";
import { deletionConfirmationOf, getSecurityOverview } from "@/lib/services/account";
import { describeAccountDeletion } from "@/lib/services/data-deletion";
import { plural } from "@/lib/report/format";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false, follow: false } };

export default async function DeleteAccountPage() {
  const actor = await requireSignedIn("/account/delete");
  const [overview, impact] = await loadForPage(Promise.all([getSecurityOverview(actor), describeAccountDeletion(actor)]));
  const goes = [
    "Your name, email, password, two-step verification and recovery codes. Every session ends at once, on every device.",
    impact.memberships > 0 ? `Your ${plural(impact.memberships, "membership", "memberships")} of client organizations.` : null,
    impact.resultsOutsideOrganizations > 0 ? `${plural(impact.resultsOutsideOrganizations, "result", "results")} you took outside any organization, with their answers.` : null,
    impact.drafts > 0 ? `${plural(impact.drafts, "unfinished draft", "unfinished drafts")}.` : null,
    impact.notes > 0 ? `${plural(impact.notes, "review note", "review notes")} you wrote.` : null,
    impact.shareLinks > 0 ? `${plural(impact.shareLinks, "share link", "share links")} you made; ${impact.shareLinks === 1 ? "it stops" : "they stop"} working at once.` : null,
    impact.apiTokens > 0 ? `${plural(impact.apiTokens, "API token", "API tokens")}.` : null,
  ].filter((item): item is string => item !== null);
  return (
    <DeletionPage
      title="Delete your account?"
      back={{ href: "/account", label: "Your account" }}
      lead={
        <>
          This cannot be undone. You may want to <a href="/account/export">download your data</a> first.
        </>
      }
    >
      <div>
        <h2 className="text-lg font-semibold">What is deleted</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {goes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="text-lg font-semibold">What stays</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            In the audit trails of the organizations you worked in, the changes you made stay recorded without your name or email, so the trail still
            says what changed and when.
            {actor.memberships.some((membership) => membership.role === "consultant") ? " An override you made stays on the result, without your name." : null}
          </li>
          {impact.organizationsWithResults > 0 ? (
            <li>
              Your results in {plural(impact.organizationsWithResults, "organization", "organizations")}: you choose below whether they stay without your
              name or go too.
            </li>
          ) : null}
        </ul>
        <p className="mt-3 text-sm text-muted">
          <Link href="/privacy">How Rolefit handles personal data</Link>
        </p>
      </div>
      <DeleteAccountForm confirmation={deletionConfirmationOf(overview)} organizationResults={impact.organizationsWithResults} />
    </DeletionPage>
  );
}
