import { useTranslations } from "next-intl";
import type { ReportCitation, ReportModel } from "@/lib/report/model";
import { Citations } from "./citation";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function OwnershipTable({ rows }: { rows: ReportModel["ownership"] }) {
  const t = useTranslations("ResultPage.ownership");
  return (
    <ScrollRegion label={t("caption")}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4 font-semibold">{t("area")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("owner")}</th>
            <th scope="col" className="py-2 font-semibold">{t("how")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.area}>
              <th scope="row" className="py-2 pr-4 align-top font-medium">{row.area}</th>
              <td className="py-2 pr-4 align-top">{row.owner}</td>
              <td className="py-2 align-top text-muted">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function Mechanisms({ mechanisms }: { mechanisms: ReportModel["mechanisms"] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {mechanisms.map((mechanism) => (
        <div key={mechanism.name} className="rounded-md border border-line p-4">
          <dt className="font-semibold">{mechanism.name}</dt>
          <dd className="mt-1 text-sm text-muted">{mechanism.description}</dd>
        </div>
      ))}
    </dl>
  );
}

export function KpiScorecard({ kpis }: { kpis: ReportModel["kpis"] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {kpis.map((kpi) => (
        <div key={kpi.role} className="rounded-md border border-line p-4">
          <h3 className="font-semibold">{kpi.role}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {kpi.metrics.map((metric) => (
              <li key={metric}>{metric}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function ContentSources({ citations }: { citations: ReportCitation[] }) {
  const t = useTranslations("ResultPage.ownership");
  return (
    <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-muted">
      {t("drawnFrom")} <Citations citations={citations} />
    </p>
  );
}
