import { useLocale, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import Link from "next/link";
import type { AdminOrganizationRow } from "@/lib/services/admin-organizations";
import { industryLabelIn, sizeBandLabelIn } from "@/components/workspace/labels";

/**
 * Every organization in one table: the administrator compares them side by side, which cards
 * make hard. It scrolls sideways on narrow screens rather than squeezing the columns.
 */
export function OrganizationTable({ organizations }: { organizations: AdminOrganizationRow[] }) {
  const t = useTranslations("Admin.organizationsPage");
  const locale = useLocale();
  if (organizations.length === 0) return null;
  const notGiven = <span className="text-muted">{t("notGiven")}</span>;
  return (
    <Table
      caption={t("caption")}
      columns={[
        { label: t("columnOrganization") },
        { label: t("columnIndustry") },
        { label: t("columnSize") },
        { label: t("columnFirm") },
        { label: t("columnConsultants"), align: "right" },
        { label: t("columnExecutives"), align: "right" },
        { label: t("columnResults"), align: "right" },
      ]}
      variant="framed"
      minWidth="min-w-[48rem]"
    >
      {organizations.map((organization) => (
        <tr key={organization.id}>
          <th scope="row" className="font-semibold">
            <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
          </th>
          <td>{industryLabelIn(organization.industry, locale) ?? notGiven}</td>
          <td>{sizeBandLabelIn(organization.sizeBand, locale) ?? notGiven}</td>
          <td>{organization.consultantFirmName ?? notGiven}</td>
          {/* An organization with executives and no consultant has nobody reviewing its results; said in words, not only in colour. */}
          <td className="text-right tabular-nums">
            {organization.consultants === 0 && organization.executives > 0 ? <span className="font-semibold text-danger">{t("needsOne")}</span> : organization.consultants}
          </td>
          <td className="text-right tabular-nums">{organization.executives}</td>
          <td className="text-right tabular-nums">{organization.results}</td>
        </tr>
      ))}
    </Table>
  );
}
