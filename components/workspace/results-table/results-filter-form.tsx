import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { Locale } from "@/lib/i18n/locales";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { CONFIDENCE_LEVELS, RESULT_SORTS, RESULTS_PAGE_SIZES, REVIEW_STATUSES } from "@/lib/validation/portfolio";
import { industryOptionsIn, roleOptionsIn, sizeBandOptionsIn } from "../labels";

/** What the form shows: the values in the URL as typed, whether or not they were valid. */
export type FilterValues = Partial<Record<"organization" | "recommendation" | "confidence" | "industry" | "size" | "role" | "status" | "from" | "to" | "q" | "sort" | "dir" | "limit", string>>;

// The first choice of each ordering control is its default, sent as an empty value.
const SORTS = RESULT_SORTS.filter((sort) => sort.id !== "date");
const PAGE_SIZES = RESULTS_PAGE_SIZES.filter((size) => size !== 25);

const DEFAULTS: FilterValues = { sort: "date", dir: "desc", limit: "25" };

/** The filters used less often, folded away so the first rows of the table stay in view. */
const MORE = ["confidence", "industry", "size", "role", "from", "to", "sort", "dir", "limit"] as const satisfies readonly (keyof FilterValues)[];

/**
 * The results table's filters as a GET form: applying them only reads, and the URL it leads to
 * is the view, ready to bookmark or send to a colleague. Submitting starts again at the first page.
 */
export function ResultsFilterForm({
  values,
  errors,
  organizations,
  locale,
}: {
  values: FilterValues;
  errors: Partial<Record<keyof FilterValues, string>>;
  organizations: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = useTranslations("Workspace.filters");
  const structures = structuresIn(locale);
  const value = (name: keyof FilterValues) => (values[name] === DEFAULTS[name] ? "" : (values[name] ?? ""));
  const select = (name: keyof FilterValues) => ({ name, defaultValue: value(name), error: errors[name] });
  const moreInUse = MORE.filter((name) => value(name) !== "").length;
  return (
    // Keyed by the values so that a client-side move to another filter (or "Clear filters") remounts
    // the uncontrolled fields with their new defaults instead of keeping what was selected.
    <form key={JSON.stringify(values)} method="get" action="/workspace/results" role="search" aria-label={t("label")} className="space-y-5" data-testid="results-filters">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="q" type="search" label={t("search")} defaultValue={value("q")} maxLength={100} error={errors.q} />
        <SelectField {...select("organization")} label={t("organization")} placeholder={t("anyOrganization")} options={organizations.map((organization) => ({ id: organization.id, label: organization.name }))} />
        <SelectField {...select("recommendation")} label={t("recommendation")} placeholder={t("anyStructure")} options={STRUCTURE_IDS.map((id) => ({ id, label: structures[id].name }))} />
        <SelectField {...select("status")} label={t("status")} placeholder={t("anyStatus")} options={REVIEW_STATUSES.map((status) => ({ id: status.id, label: t(`statuses.${status.id}`) }))} />
      </div>
      <p className="text-sm text-muted">{t("help")}</p>
      {/* Open whenever one of its filters is in use or refused, so nothing applied is ever hidden. */}
      <details open={MORE.some((name) => value(name) !== "" || errors[name] !== undefined)} className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand">{t("more", { count: moreInUse })}</summary>
        <div className="mt-4 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField {...select("confidence")} label={t("confidence")} placeholder={t("anyConfidence")} options={CONFIDENCE_LEVELS.map((level) => ({ id: level.id, label: t(`confidences.${level.id}`) }))} />
            <SelectField {...select("industry")} label={t("industry")} placeholder={t("anyIndustry")} options={industryOptionsIn(locale)} />
            <SelectField {...select("size")} label={t("size")} placeholder={t("anySize")} options={sizeBandOptionsIn(locale)} />
            <SelectField {...select("role")} label={t("role")} placeholder={t("anyRole")} options={roleOptionsIn(locale)} />
            <TextField name="from" type="date" label={t("from")} defaultValue={value("from")} error={errors.from} />
            <TextField name="to" type="date" label={t("to")} defaultValue={value("to")} error={errors.to} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField {...select("sort")} label={t("sort")} placeholder={t("sorts.date")} options={SORTS.map((sort) => ({ id: sort.id, label: t(`sorts.${sort.id}`) }))} />
            <SelectField {...select("dir")} label={t("order")} placeholder={t("descending")} options={[{ id: "asc", label: t("ascending") }]} />
            <SelectField {...select("limit")} label={t("limit")} placeholder={t("rows", { count: 25 })} options={PAGE_SIZES.map((size) => ({ id: String(size), label: t("rows", { count: size }) }))} />
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/workspace/results">{t("clear")}</Link>
      </div>
    </form>
  );
}
