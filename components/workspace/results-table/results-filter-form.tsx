import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { STRUCTURES } from "@/lib/scoring/structures";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";
import { CONFIDENCE_LEVELS, RESULT_SORTS, RESULTS_PAGE_SIZES, REVIEW_STATUSES } from "@/lib/validation/portfolio";

/** What the form shows: the values in the URL as typed, whether or not they were valid. */
export type FilterValues = Partial<Record<"organization" | "recommendation" | "confidence" | "industry" | "size" | "role" | "status" | "from" | "to" | "q" | "sort" | "dir" | "limit", string>>;

const STRUCTURE_OPTIONS = STRUCTURE_IDS.map((id) => ({ id, label: STRUCTURES[id].name }));
// The first choice of each ordering control is its default, sent as an empty value.
const SORT_OPTIONS = RESULT_SORTS.filter((sort) => sort.id !== "date");
const DIRECTION_OPTIONS = [{ id: "asc", label: "Oldest, A to Z, smallest first" }];
const PAGE_SIZE_OPTIONS = RESULTS_PAGE_SIZES.filter((size) => size !== 25).map((size) => ({ id: String(size), label: `${size} rows` }));

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
}: {
  values: FilterValues;
  errors: Partial<Record<keyof FilterValues, string>>;
  organizations: { id: string; name: string }[];
}) {
  const value = (name: keyof FilterValues) => (values[name] === DEFAULTS[name] ? "" : (values[name] ?? ""));
  const select = (name: keyof FilterValues) => ({ name, defaultValue: value(name), error: errors[name] });
  const moreInUse = MORE.filter((name) => value(name) !== "").length;
  return (
    // Keyed by the values so that a client-side move to another filter (or "Clear filters") remounts
    // the uncontrolled fields with their new defaults instead of keeping what was selected.
    <form key={JSON.stringify(values)} method="get" action="/workspace/results" role="search" aria-label="Filter results" className="space-y-5" data-testid="results-filters">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="q" type="search" label="Search names" defaultValue={value("q")} maxLength={100} error={errors.q} />
        <SelectField {...select("organization")} label="Organization" placeholder="All organizations" options={organizations.map((organization) => ({ id: organization.id, label: organization.name }))} />
        <SelectField {...select("recommendation")} label="Recommendation" placeholder="Any structure" options={STRUCTURE_OPTIONS} />
        <SelectField {...select("status")} label="Review status" placeholder="Any status" options={REVIEW_STATUSES} />
      </div>
      <p className="text-sm text-muted">
        Search matches part of an organization&apos;s or a respondent&apos;s name, whatever the case. Recommendation is the consultant&apos;s where they overrode
        the model.
      </p>
      {/* Open whenever one of its filters is in use or refused, so nothing applied is ever hidden. */}
      <details open={MORE.some((name) => value(name) !== "" || errors[name] !== undefined)} className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand">
          More filters, order and page size{moreInUse > 0 ? ` (${moreInUse} in use)` : ""}
        </summary>
        <div className="mt-4 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField {...select("confidence")} label="Confidence" placeholder="Any confidence" options={CONFIDENCE_LEVELS} />
            <SelectField {...select("industry")} label="Industry" placeholder="Any industry" options={ORGANIZATION_INDUSTRIES} />
            <SelectField {...select("size")} label="Size" placeholder="Any size" options={ORGANIZATION_SIZE_BANDS} />
            <SelectField {...select("role")} label="Respondent role" placeholder="Any role" options={RESPONDENT_ROLES} />
            <TextField name="from" type="date" label="Submitted from" defaultValue={value("from")} error={errors.from} />
            <TextField name="to" type="date" label="Submitted until (inclusive)" defaultValue={value("to")} error={errors.to} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField {...select("sort")} label="Sort by" placeholder="Date submitted" options={SORT_OPTIONS} />
            <SelectField {...select("dir")} label="Order" placeholder="Newest, Z to A, largest first" options={DIRECTION_OPTIONS} />
            <SelectField {...select("limit")} label="Rows per page" placeholder="25 rows" options={PAGE_SIZE_OPTIONS} />
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          Show results
        </button>
        <Link href="/workspace/results">Clear filters</Link>
      </div>
    </form>
  );
}
