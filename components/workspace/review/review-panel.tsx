/**
 * The consultants' side of a result: status, override, notes and the audit trail of every
 * change. The page renders it only after the review service has allowed the caller.
 */
import { useLocale, useTranslations } from "next-intl";
import { Card, SectionHeading } from "@/components/ui/card";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import type { ReviewPanel as ReviewPanelData } from "@/lib/services/result-review";
import { AuditTrail } from "./audit-trail";
import { NoteForm } from "./note-form";
import { NoteList } from "./note-list";
import { ClearOverrideButton, OverrideForm, type StructureNames } from "./override-form";
import { StatusForm } from "./status-form";

export function ReviewPanel({ panel, organizationName }: { panel: ReviewPanelData; organizationName: string }) {
  const t = useTranslations("Review.panel");
  const structures = structuresIn(useLocale());
  const names = Object.fromEntries(STRUCTURE_IDS.map((id) => [id, structures[id].name])) as StructureNames;
  const current = panel.override ? { recommendation: panel.override.recommendation, justification: panel.override.justification } : null;
  return (
    <section aria-labelledby="review-heading" id="review" className="no-print" data-testid="review-panel">
      <Card>
        <SectionHeading
          id="review-heading"
          lead={t("lead", { organization: organizationName })}
        >
          {t("title")}
        </SectionHeading>
        <div className="grid gap-8 md:grid-cols-2">
          <div className="space-y-8">
            <div>
              <h3 className="mb-3 text-lg font-semibold">{t("status")}</h3>
              <StatusForm resultId={panel.resultId} status={panel.status} />
            </div>
            <div>
              <h3 className="mb-3 text-lg font-semibold">{t("override")}</h3>
              <OverrideForm resultId={panel.resultId} modelRecommendation={panel.modelRecommendation} current={current} names={names} />
              {panel.override ? (
                <div className="mt-4">
                  <ClearOverrideButton resultId={panel.resultId} modelRecommendation={panel.modelRecommendation} names={names} />
                </div>
              ) : null}
            </div>
          </div>
          <div>
            <h3 className="mb-3 text-lg font-semibold">{t("notes")}</h3>
            <NoteForm resultId={panel.resultId} />
            <div className="mt-6">
              <NoteList notes={panel.notes} truncated={panel.notesTruncated} />
            </div>
          </div>
        </div>
        <h3 className="mt-8 mb-2 text-lg font-semibold">{t("audit")}</h3>
        <AuditTrail entries={panel.audit} truncated={panel.auditTruncated} />
      </Card>
    </section>
  );
}
