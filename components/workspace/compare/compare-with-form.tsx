import Form from "next/form";
import { buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import type { CompareCandidate } from "@/lib/services/result-compare";
import { COMPARE_LIMITS } from "@/lib/validation/review";
import { formatDate, respondentRoleLabel, structureName } from "../format";

/**
 * A plain GET form: the comparison's address lists the results, so it can be bookmarked and
 * sent to a colleague, and it works without JavaScript.
 */
export function CompareWithForm({ resultId, organizationName, candidates, limit }: { resultId: string; organizationName: string; candidates: CompareCandidate[]; limit: number }) {
  const most = COMPARE_LIMITS.max - 1;
  return (
    <section aria-labelledby="compare-with-heading" className="no-print" data-testid="compare-with">
      <Card>
        <SectionHeading id="compare-with-heading" lead={`Put this result side by side with other results of ${organizationName}: answers that differ, score differences and drivers that changed.`}>
          Compare with…
        </SectionHeading>
        {candidates.length === 0 ? (
          <p className="text-muted">{organizationName} has no other results yet.</p>
        ) : (
          <Form action="/workspace/compare" className="space-y-4">
            <input type="hidden" name="ids" value={resultId} />
            <fieldset>
              <legend className="font-semibold">Results to compare with this one</legend>
              <p className="mt-1 text-sm text-muted">
                Choose up to {most}.{candidates.length >= limit ? ` The ${limit} most recent are listed.` : ""}
              </p>
              <ul className="mt-3 grid gap-2">
                {candidates.map((candidate) => {
                  const role = respondentRoleLabel(candidate.respondentRole);
                  const id = `compare-${candidate.resultId}`;
                  return (
                    <li key={candidate.resultId}>
                      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-white px-3 py-2 hover:border-brand/50">
                        <input id={id} type="checkbox" name="ids" value={candidate.resultId} className="size-4 accent-brand" />
                        <span>
                          <span className="font-medium">{candidate.respondent}</span>
                          {role ? `, ${role}` : ""} · {formatDate(candidate.submittedAt)} · {structureName(candidate.recommendation)}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <button type="submit" className={buttonClass("primary")}>
              Compare
            </button>
          </Form>
        )}
      </Card>
    </section>
  );
}
