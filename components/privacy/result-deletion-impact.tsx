import type { ResultDeletionImpact } from "@/lib/services/data-deletion";
import { plural } from "@/lib/report/format";

/** What else changes when a result is deleted, said before anything is: for the respondent, or for a consultant. */
export function ResultDeletionConsequences({ impact }: { impact: ResultDeletionImpact }) {
  const { organization } = impact;
  const items: string[] = [
    impact.actorIsRespondent
      ? "Your answers, the recommendation and its report are deleted for good. This cannot be undone."
      : "The respondent's answers, the recommendation and its report are deleted for good. This cannot be undone.",
  ];
  if (organization) {
    items.push(
      `It stops counting in ${organization.name}'s combined view, its organization report and the portfolio figures (${plural(organization.submittedResults, "submitted result", "submitted results")} there today).`,
    );
  }
  if (impact.activeShareLinks > 0) {
    items.push(`${plural(impact.activeShareLinks, "share link", "share links")} to this report ${impact.activeShareLinks === 1 ? "stops" : "stop"} working at once.`);
  }
  if (!impact.actorIsRespondent && (impact.notes > 0 || impact.overridden)) {
    items.push(
      [impact.notes > 0 ? plural(impact.notes, "review note", "review notes") : null, impact.overridden ? "the consultant's override" : null]
        .filter(Boolean)
        .join(" and ")
        .replace(/^./, (first) => first.toUpperCase()) + " go with it.",
    );
  }
  items.push("Reports already downloaded are not affected: delete those copies yourself.");
  items.push(`The audit trail keeps only that result ${impact.resultId} was deleted, by whom and when.`);
  return (
    <ul className="list-disc space-y-2 pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
