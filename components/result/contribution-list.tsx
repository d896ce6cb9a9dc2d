import { useTranslations } from "next-intl";
import type { ReportContribution, ReportContributions } from "@/lib/report/model";
import { Citations } from "./citation";

const SHOWN_FIRST = 5;

function ContributionItem({ item, answerLabel }: { item: ReportContribution; answerLabel: string }) {
  return (
    <li className="grid gap-x-6 gap-y-1 py-3 sm:grid-cols-[1fr_13rem]" data-testid="contribution">
      <div>
        <p className="font-medium">{item.statement}</p>
        <p className="mt-0.5 text-sm text-muted">
          {answerLabel}: {item.answer}
        </p>
        {item.reason ? <p className="mt-1 text-sm">{item.reason}</p> : null}
      </div>
      <div className="flex flex-wrap items-start gap-2 sm:flex-col sm:items-end">
        <p className="text-sm font-semibold tabular-nums text-brand">{item.lead}</p>
        <Citations citations={item.citations} />
      </div>
    </li>
  );
}

/**
 * Criteria with the points they give over the compared structure (the view model's lead, worked
 * out once in lib/report/build-report.ts), the answers they read and the passages they rest on.
 * The largest come first; the long tail folds away.
 */
export function ContributionList({ block }: { block: ReportContributions }) {
  const t = useTranslations("ResultPage");
  if (block.items.length === 0) return <p className="text-muted">{block.emptyText}</p>;
  const first = block.items.slice(0, SHOWN_FIRST);
  const rest = block.items.slice(SHOWN_FIRST);
  return (
    <div>
      <ol className="divide-y divide-line border-y border-line">
        {first.map((item) => (
          <ContributionItem key={item.criterionId} item={item} answerLabel={block.answerLabel} />
        ))}
      </ol>
      {rest.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand">
            {t("showSmaller", { count: rest.length })}
          </summary>
          <ol className="mt-2 divide-y divide-line border-y border-line">
            {rest.map((item) => (
              <ContributionItem key={item.criterionId} item={item} answerLabel={block.answerLabel} />
            ))}
          </ol>
        </details>
      ) : null}
      <p className="mt-3 text-xs text-muted">{block.note}</p>
    </div>
  );
}
