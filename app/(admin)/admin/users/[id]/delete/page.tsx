import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteUserForm } from "@/components/privacy/deletion-forms";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { describeUserDeletion } from "@/lib/services/data-deletion";
import { plural } from "@/lib/report/format";

export const metadata: Metadata = { title: "Delete an account", robots: { index: false, follow: false } };

export default async function DeleteUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  // As on the user list: to anyone but a platform administrator this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent(`/admin/users/${id}/delete`)}`);
  const userId = recordIdOfPage(id);
  if (userId === actor.userId) redirect("/account/delete");
  const target = await loadForPage(
    describeUserDeletion(actor, userId).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === "delete_own_account_here" ? new DomainError("not_found", "user_not_found", error.message) : error;
    }),
  );
  return (
    <DeletionPage
      title={`Delete ${target.name ? `${target.name} (${target.email})` : target.email}?`}
      back={{ href: "/admin/users", label: "Users" }}
      lead="For a person who asked to be erased and cannot do it themselves. This cannot be undone."
    >
      <ul className="list-disc space-y-2 pl-6">
        <li>Their name, email, sign-in details, memberships, notes, share links and API tokens are deleted; every session ends at once.</li>
        <li>
          {target.resultsOutsideOrganizations + target.drafts > 0
            ? `${plural(target.resultsOutsideOrganizations, "result", "results")} outside any organization and ${plural(target.drafts, "draft", "drafts")} are deleted.`
            : "They have no results outside organizations and no drafts."}
        </li>
        <li>
          {target.organizationsWithResults > 0
            ? `Their latest result in each of ${plural(target.organizationsWithResults, "organization", "organizations")} stays, without their name, so the organization's combined view stays complete; older ones are deleted. Only the person can choose to delete those too, from their own account page.`
            : "They have no results inside organizations."}
        </li>
        <li>Audit trails keep what they changed, without their name or email.</li>
      </ul>
      <Notice tone="warning">Signed-in pages they have open stop working at their next click.</Notice>
      <DeleteUserForm userId={target.id} email={target.email} />
    </DeletionPage>
  );
}
