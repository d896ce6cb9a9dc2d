/**
 * The consultants' side of a result: status, override, notes and the audit trail of every
 * change. The page renders it only after the review service has allowed the caller.
 */
import { Card, SectionHeading } from "@/components/ui/card";
import type { ReviewPanel as ReviewPanelData } from "@/lib/services/result-review";
import { AuditTrail } from "./audit-trail";
import { NoteForm } from "./note-form";
import { NoteList } from "./note-list";
import { ClearOverrideButton, OverrideForm } from "./override-form";
import { StatusForm } from "./status-form";

export function ReviewPanel({ panel, organizationName }: { panel: ReviewPanelData; organizationName: string }) {
  const current = panel.override ? { recommendation: panel.override.recommendation, justification: panel.override.justification } : null;
  return (
    <section aria-labelledby="review-heading" id="review" className="no-print" data-testid="review-panel">
      <Card>
        <SectionHeading
          id="review-heading"
          lead={`Notes are private to the consultants of ${organizationName} and to administrators. The status and an override reach the client: a result in review reads as a draft, and every view of it (page, PDF, share link, API) headlines your recommendation beside the model's, with your reason and your name. Every change is recorded below.`}
        >
          Consultant review
        </SectionHeading>
        <div className="grid gap-8 md:grid-cols-2">
          <div className="space-y-8">
            <div>
              <h3 className="mb-3 text-lg font-semibold">Status</h3>
              <StatusForm resultId={panel.resultId} status={panel.status} />
            </div>
            <div>
              <h3 className="mb-3 text-lg font-semibold">Override</h3>
              <OverrideForm resultId={panel.resultId} modelRecommendation={panel.modelRecommendation} current={current} />
              {panel.override ? (
                <div className="mt-4">
                  <ClearOverrideButton resultId={panel.resultId} modelRecommendation={panel.modelRecommendation} />
                </div>
              ) : null}
            </div>
          </div>
          <div>
            <h3 className="mb-3 text-lg font-semibold">Notes</h3>
            <NoteForm resultId={panel.resultId} />
            <div className="mt-6">
              <NoteList notes={panel.notes} truncated={panel.notesTruncated} />
            </div>
          </div>
        </div>
        <h3 className="mt-8 mb-2 text-lg font-semibold">Audit trail</h3>
        <AuditTrail entries={panel.audit} truncated={panel.auditTruncated} />
      </Card>
    </section>
  );
}
