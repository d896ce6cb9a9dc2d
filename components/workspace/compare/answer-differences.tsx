import type { AnswerDifference } from "@/lib/portfolio/compare";

/** Only the questions answered differently; a differing answer is marked in words as well as in weight. */
export function AnswerDifferences({ headings, differing, identical }: { headings: string[]; differing: AnswerDifference[]; identical: number }) {
  const same = `${identical} ${identical === 1 ? "answer is" : "answers are"} the same in every result and not shown.`;
  if (differing.length === 0) return <p className="text-muted">Every answer is the same. {same}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="answer-differences">
        <caption className="mb-2 text-left text-sm text-muted">
          {differing.length} {differing.length === 1 ? "question was" : "questions were"} answered differently, in questionnaire order. {same}
        </caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Question
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
                  {cell.differsFromBaseline ? <span className="block text-xs font-normal text-accent">differs from result 1</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
