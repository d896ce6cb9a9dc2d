import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteUserForm } from "@/components/privacy/deletion-forms";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { describeUserDeletion } from "@/lib/services/data-deletion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.deleteUser");
  return { title: t("title"), robots: { index: false, follow: false } };
}

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
  const [t, admin] = await Promise.all([getTranslations("Admin.deleteUser"), getTranslations("Admin")]);
  return (
    <DeletionPage
      title={t("heading", { person: target.name ? `${target.name} (${target.email})` : target.email })}
      back={{ href: "/admin/users", label: admin("users") }}
      lead={t("lead")}
    >
      <ul className="list-disc space-y-2 pl-6">
        <li>{t("goes")}</li>
        <li>
          {target.resultsOutsideOrganizations + target.drafts > 0
            ? t("outside", { results: target.resultsOutsideOrganizations, drafts: target.drafts })
            : t("nothingOutside")}
        </li>
        <li>{target.organizationsWithResults > 0 ? t("inside", { count: target.organizationsWithResults }) : t("nothingInside")}</li>
        <li>{t("audit")}</li>
      </ul>
      <Notice tone="warning">{t("openPages")}</Notice>
      <DeleteUserForm userId={target.id} email={target.email} />
    </DeletionPage>
  );
}
