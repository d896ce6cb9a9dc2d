import { Table } from "@/components/ui/table";
import Link from "next/link";
import type { AdminOrganizationRow } from "@/lib/services/admin-organizations";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS, labelOf } from "@/lib/validation/organizations";

const NOT_GIVEN = <span className="text-muted">Not given</span>;

/**
 * Every organization in one table: the administrator compares them side by side, which cards
 * make hard. It scrolls sideways on narrow screens rather than squeezing the columns.
 */
export function OrganizationTable({ organizations }: { organizations: AdminOrganizationRow[] }) {
  if (organizations.length === 0) return null;
  return (
    <Table
      caption="Organizations, by name, with their people and results"
      columns={[{ label: "Organization" }, { label: "Industry" }, { label: "Size" }, { label: "Consultant firm" }, { label: "Consultants", align: "right" }, { label: "Executives", align: "right" }, { label: "Results", align: "right" }]}
      variant="framed"
      minWidth="min-w-[48rem]"
    >
      {organizations.map((organization) => (
        <tr key={organization.id}>
          <th scope="row" className="font-semibold">
            <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
          </th>
          <td>{labelOf(ORGANIZATION_INDUSTRIES, organization.industry) ?? NOT_GIVEN}</td>
          <td>{labelOf(ORGANIZATION_SIZE_BANDS, organization.sizeBand) ?? NOT_GIVEN}</td>
          <td>{organization.consultantFirmName ?? NOT_GIVEN}</td>
          {/* An organization with executives and no consultant has nobody reviewing its results; said in words, not only in colour. */}
          <td className="text-right tabular-nums">
            {organization.consultants === 0 && organization.executives > 0 ? <span className="font-semibold text-danger">0, needs one</span> : organization.consultants}
          </td>
          <td className="text-right tabular-nums">{organization.executives}</td>
          <td className="text-right tabular-nums">{organization.results}</td>
        </tr>
      ))}
    </Table>
  );
}
