import { useTranslations } from "next-intl";
import type { ResultDeletionImpact } from "@/lib/services/data-deletion";

/** What else changes when a result is deleted, said before anything is: for the respondent, or for a consultant. */
export function ResultDeletionConsequences({ impact }: { impact: ResultDeletionImpact }) {
  const t = useTranslations("Privacy.impact");
  const { organization } = impact;
  const items: string[] = [impact.actorIsRespondent ? t("respondentGoes") : t("othersGo")];
  if (organization) items.push(t("stopsCounting", { organization: organization.name, count: organization.submittedResults }));
  if (impact.activeShareLinks > 0) items.push(t("shareLinks", { count: impact.activeShareLinks }));
  if (!impact.actorIsRespondent) {
    if (impact.notes > 0) items.push(impact.overridden ? t("notesAndOverride", { count: impact.notes }) : t("notes", { count: impact.notes }));
    else if (impact.overridden) items.push(t("override"));
  }
  items.push(t("downloads"));
  items.push(t("audit", { id: impact.resultId }));
  return (
    <ul className="list-disc space-y-2 pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
