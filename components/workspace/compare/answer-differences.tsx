import { useTranslations } from "next-intl";
import type { AnswerDifference } from "@/lib/portfolio/compare";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Only the questions answered differently; a differing answer is marked in words as well as in weight. */
export function AnswerDifferences({ headings, differing, identical }: { headings: string[]; differing: AnswerDifference[]; identical: number }) {
  const t = useTranslations("Compare.answerTable");
  const same = t("same", { count: identical });
  if (differing.length === 0) return <p className="text-muted">{t("allSame", { count: identical })}</p>;
  return (
    <ScrollRegion label={t("caption", { count: differing.length })}>
      <table className="w-full text-left text-sm" data-testid="answer-differences">
        <caption className="mb-2 text-left text-sm text-muted">
          {t("caption", { count: differing.length })} {same}
        </caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("question")}
            </th>
            {headings.map((heading, index) => (
              <th key={index} scope="col" className="py-2 pr-4 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {differing.map((item) => (
            <tr key={item.questionId} data-testid="answer-difference" data-question={item.questionId}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {item.question}
                <span className="block text-xs font-normal text-muted">{item.section}</span>
              </th>
              {item.cells.map((cell) => (
                <td key={cell.resultId} className={`py-2 pr-4 ${cell.differsFromBaseline ? "font-semibold" : ""} ${cell.value === null ? "text-muted" : ""}`}>
                  {cell.label}
                  {cell.differsFromBaseline ? <span className="block text-xs font-normal text-accent">{t("differs")}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
