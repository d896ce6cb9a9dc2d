import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { formatDate } from "@/components/workspace/format";
import { InvitationForm } from "@/components/workspace/invitation-form";
import { InvitationList } from "@/components/workspace/invitation-list";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listInvitations } from "@/lib/services/invitations";
import { getOrganization, type OrganizationPerson } from "@/lib/services/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Team");
  return { title: t("title") };
}

function People({ people, empty }: { people: OrganizationPerson[]; empty: string }) {
  const t = useTranslations("Team");
  const locale = useLocale();
  if (people.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line">
      {people.map((person) => (
        <li key={person.userId} className="flex flex-wrap justify-between gap-2 py-2">
          <span className="[overflow-wrap:anywhere]">
            <span className="font-medium">{person.name ?? person.email}</span>
            {person.name ? <span className="block text-sm text-muted">{person.email}</span> : null}
          </span>
          <span className="text-sm text-muted">{t("joined", { date: formatDate(person.joinedAt, locale) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** Who takes part: invitation links first (the way in for a new client), then the people who joined. */
export default async function OrganizationTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/team`);
  const [organization, invitations] = await loadForPage(Promise.all([getOrganization(actor, id), listInvitations(actor, id)]));
  const t = await getTranslations("Team");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="team" />

      <section aria-labelledby="invite">
        <Card>
          <SectionHeading id="invite" lead={t("inviteLead", { organization: organization.name })}>
            {t("invite")}
          </SectionHeading>
          <InvitationForm organizationId={organization.id} organizationName={organization.name} />
          <h3 className="mt-8 mb-3 font-semibold">{t("links")}</h3>
          <InvitationList invitations={invitations} />
        </Card>
      </section>

      <section aria-labelledby="people" className="grid gap-6 md:grid-cols-2">
        <h2 id="people" className="sr-only">
          {t("people")}
        </h2>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("executives")}</h3>
          <People people={organization.executives} empty={t("noExecutives")} />
        </Card>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("consultants")}</h3>
          <People people={organization.consultants} empty={t("noConsultants")} />
        </Card>
      </section>
    </div>
  );
}
