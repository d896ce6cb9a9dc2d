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
    <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Organizations, by name, with their people and results</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Organization
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Industry
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Size
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Consultant firm
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Consultants
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Executives
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Results
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {organizations.map((organization) => (
            <tr key={organization.id}>
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
              </th>
              <td className="px-4 py-3">{labelOf(ORGANIZATION_INDUSTRIES, organization.industry) ?? NOT_GIVEN}</td>
              <td className="px-4 py-3">{labelOf(ORGANIZATION_SIZE_BANDS, organization.sizeBand) ?? NOT_GIVEN}</td>
              <td className="px-4 py-3">{organization.consultantFirmName ?? NOT_GIVEN}</td>
              {/* An organization with executives and no consultant has nobody reviewing its results; said in words, not only in colour. */}
              <td className="px-4 py-3 text-right tabular-nums">
                {organization.consultants === 0 && organization.executives > 0 ? <span className="font-semibold text-danger">0, needs one</span> : organization.consultants}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{organization.executives}</td>
              <td className="px-4 py-3 text-right tabular-nums">{organization.results}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
