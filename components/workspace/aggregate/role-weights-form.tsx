"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { setRoleWeightsAction } from "@/app/(workspace)/workspace/organizations/[id]/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import type { WeightRow } from "@/lib/portfolio/aggregate";
import { ROLE_WEIGHT } from "@/lib/validation/aggregation";
import { FormMessage } from "../form-message";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * The weights table doubles as its form: each role's weight is an input in its row. The inputs
 * are controlled, so a refused value stays on screen beside its error instead of being reset.
 */
export function RoleWeightsForm({ organizationId, weights }: { organizationId: string; weights: WeightRow[] }) {
  const t = useTranslations("OrganizationSettings.weightsForm");
  const [state, action, pending] = useActionState(setRoleWeightsAction, IDLE);
  const [values, setValues] = useState(() => Object.fromEntries(weights.map((row) => [row.roleId, String(row.weight)])));
  const errors = state.status === "error" ? state.fieldErrors : {};
  const success = state.status === "success" ? (state.data.changed ? t("saved") : t("unchanged")) : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} errorTitle={t("notSaved")} success={success} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <ScrollRegion label={t("caption")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("role")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                {t("respondents")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("weight")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {weights.map((row) => {
              const inputId = `weight-${row.roleId}`;
              const error = errors[row.roleId];
              return (
                <tr key={row.roleId}>
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <label htmlFor={inputId}>{row.label}</label>
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.respondents}</td>
                  <td className="py-2">
                    <input
                      id={inputId}
                      name={row.roleId}
                      type="number"
                      inputMode="decimal"
                      min={ROLE_WEIGHT.min}
                      max={ROLE_WEIGHT.max}
                      step={ROLE_WEIGHT.step}
                      value={values[row.roleId] ?? ""}
                      onChange={(event) => setValues((current) => ({ ...current, [row.roleId]: event.target.value }))}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      className="w-24 rounded-md border border-line bg-white px-2 py-1.5 text-ink aria-invalid:border-danger"
                    />
                    {error ? (
                      <p id={`${inputId}-error`} className="mt-1 text-sm font-medium text-danger">
                        {error}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="text-sm text-muted">
        {t("rule", { min: ROLE_WEIGHT.min, max: ROLE_WEIGHT.max, step: ROLE_WEIGHT.step })}
      </p>
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
