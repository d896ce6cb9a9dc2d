import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, SectionHeading } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { connection } from "next/server";
import { draftRetentionDays } from "@/lib/services/assessments";
import { ENDED_LINK_GRACE_DAYS, FINISHED_JOB_KEEP_DAYS } from "@/lib/jobs/retention";
import { PERSONAL_DATA } from "@/lib/privacy/personal-data";
import { PERSONAL_DATA_EXPORT_SCHEMA_PATH } from "@/lib/privacy/export-schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Privacy");
  return { title: t("title"), description: t("description") };
}

const DELETION_WORDS = {
  deleted: "deleted",
  "deleted or stripped": "deletedOrStripped",
  stripped: "stripped",
  untouched: "untouched",
} as const;

/** Written from lib/privacy/personal-data.ts, the map the deletion code and its tests are held to; each record's words in the reader's language come from the catalog under its model's name. */
export default async function PrivacyPage() {
  // The retention period is the running server's setting, not the one at build time.
  await connection();
  const t = await getTranslations("Privacy");
  const rows = Object.entries(PERSONAL_DATA) as [keyof typeof PERSONAL_DATA, (typeof PERSONAL_DATA)[keyof typeof PERSONAL_DATA]][];
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-3 text-lg text-muted">{t("lead")}</p>
      </header>

      <Card>
        <SectionHeading id="delete">{t("deletingTitle")}</SectionHeading>
        <ul className="list-disc space-y-3 pl-6">
          <li>{t.rich("deleteResult", { strong })}</li>
          <li>{t.rich("deleteAccount", { strong, link: (chunks) => <Link href="/account">{chunks}</Link> })}</li>
          <li>{t.rich("deleteOrganization", { strong })}</li>
        </ul>
      </Card>

      <Card>
        <SectionHeading id="export">{t("exportTitle")}</SectionHeading>
        <p>
          {t.rich("export", {
            download: (chunks) => <a href="/account/export">{chunks}</a>,
            schema: (chunks) => <a href={PERSONAL_DATA_EXPORT_SCHEMA_PATH}>{chunks}</a>,
          })}
        </p>
      </Card>

      <Card>
        <SectionHeading id="retention">{t("retentionTitle")}</SectionHeading>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("retentionDrafts", { days: draftRetentionDays() })}</li>
          <li>{t("retentionLinks", { linkDays: ENDED_LINK_GRACE_DAYS, jobDays: FINISHED_JOB_KEEP_DAYS })}</li>
          <li>{t("retentionKept")}</li>
        </ul>
      </Card>

      <section aria-labelledby="where">
        <SectionHeading id="where" lead={t("whereLead")}>
          {t("whereTitle")}
        </SectionHeading>
        <Table
          caption={t("tableCaption")}
          columns={[{ label: t("columnRecord") }, { label: t("columnPersonal") }, { label: t("columnDeletion") }]}
          variant="framed"
          stackOnPhone
        >
          {rows.map(([model, policy]) => (
            <tr key={model}>
              <th scope="row" className="font-semibold">
                {t(`records.${model}.label`)}
              </th>
              <td data-label={t("columnPersonal")} className="font-mono text-xs">
                {policy.personal.length > 0 ? policy.personal.join(", ") : t("noPersonalFields")}
              </td>
              <td data-label={t("onDeletion")}>
                {/* One child: on a phone the cell is a flex row beside its label. */}
                <span>
                  <span className="font-semibold">{t(`deletion.${DELETION_WORDS[policy.onAccountDeletion]}`)}.</span> {t(`records.${model}.how`)}
                </span>
              </td>
            </tr>
          ))}
        </Table>
      </section>
    </div>
  );
}
