import Form from "next/form";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import type { CompareCandidate } from "@/lib/services/result-compare";
import { COMPARE_LIMITS } from "@/lib/validation/review";
import { formatDate, structureName } from "../format";
import { respondentRoleLabelIn } from "../labels";

/**
 * A plain GET form: the comparison's address lists the results, so it can be bookmarked and
 * sent to a colleague, and it works without JavaScript.
 */
export function CompareWithForm({ resultId, organizationName, candidates, limit }: { resultId: string; organizationName: string; candidates: CompareCandidate[]; limit: number }) {
  const t = useTranslations("Compare.with");
  const locale = useLocale();
  const most = COMPARE_LIMITS.max - 1;
  return (
    <section aria-labelledby="compare-with-heading" className="no-print" data-testid="compare-with">
      <Card>
        <SectionHeading id="compare-with-heading" lead={t("lead", { organization: organizationName })}>
          {t("title")}
        </SectionHeading>
        {candidates.length === 0 ? (
          <p className="text-muted">{t("none", { organization: organizationName })}</p>
        ) : (
          <Form action="/workspace/compare" className="space-y-4">
            <input type="hidden" name="ids" value={resultId} />
            <fieldset>
              <legend className="font-semibold">{t("legend")}</legend>
              <p className="mt-1 text-sm text-muted">
                {t("choose", { most })}
                {candidates.length >= limit ? ` ${t("listed", { limit })}` : ""}
              </p>
              <ul className="mt-3 grid gap-2">
                {candidates.map((candidate) => {
                  const role = respondentRoleLabelIn(candidate.respondentRole, locale);
                  const id = `compare-${candidate.resultId}`;
                  return (
                    <li key={candidate.resultId}>
                      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-white px-3 py-2 hover:border-brand/50">
                        <input id={id} type="checkbox" name="ids" value={candidate.resultId} className="size-4 accent-brand" />
                        <span>
                          <span className="font-medium">{candidate.respondent}</span>
                          {role ? `, ${role}` : ""} · {formatDate(candidate.submittedAt, locale)} · {structureName(candidate.recommendation, locale)}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <button type="submit" className={buttonClass("primary")}>
              {t("submit")}
            </button>
          </Form>
        )}
      </Card>
    </section>
  );
}
