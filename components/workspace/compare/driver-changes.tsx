import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DriverChange, DriverRow } from "@/lib/portfolio/compare";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { ScrollRegion } from "@/components/ui/scroll-region";

const CHANGE_STYLES: Record<DriverChange, string> = {
  appeared: "border-ok/30 bg-ok-soft text-ok",
  disappeared: "border-danger/30 bg-danger-soft text-danger",
  changed: "border-warn/30 bg-warn-soft text-warn",
  unchanged: "border-line bg-canvas text-muted",
};

function DriverCellContent({ cell }: { cell: DriverRow["cells"][number] }) {
  const t = useTranslations("Compare.driverTable");
  const locale = useLocale();
  const structures = structuresIn(locale);
  return (
    <>
      {cell.change ? <span className={`mb-1 inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${CHANGE_STYLES[cell.change]}`}>{t(`changes.${cell.change}`)}</span> : null}
      {cell.driver ? (
        <span className="block">
          {cell.driver.answerSummary}
          {cell.driver.favours ? <span className="block text-muted">{t("favours", { structure: structureNameInSentence(structures[cell.driver.favours].name, locale) })}</span> : null}
        </span>
      ) : (
        <span className="block text-muted">{t("notADriver")}</span>
      )}
    </>
  );
}

/** The criteria that drove one result but not another, or drove both from different answers. */
export function DriverChanges({ caption, headings, rows, unchanged, testId }: { caption: string; headings: ReactNode[]; rows: DriverRow[]; unchanged: number; testId?: string }) {
  const t = useTranslations("Compare.driverTable");
  const same = unchanged === 0 ? "" : ` ${t("same", { count: unchanged })}`;
  if (rows.length === 0) return <p className="text-sm text-muted">{t("noneChanged")}{same}</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="mb-2 text-left text-sm text-muted">
          {caption}
          {same}
        </caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("criterion")}
            </th>
            {headings.map((heading, index) => (
              <th key={index} scope="col" className="py-2 pr-4 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {rows.map((row) => (
            <tr key={row.criterionId}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {row.statement}
                <span className="block text-xs font-normal text-muted">{row.dimensionLabel}</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.resultId} className="py-2 pr-4">
                  <DriverCellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
