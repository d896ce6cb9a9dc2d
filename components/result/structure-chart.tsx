/**
 * The org chart of the recommended structure beside today's roles, and the transition plan, as
 * HTML and CSS. The drawing is hidden from screen readers, which read the chart's sentences
 * (the report model's text equivalent) instead; on a phone the boxes stack instead of shrinking.
 */
import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { type ReportChartNode, type ReportLabels, type ReportCitation, type ReportRevisit, type ReportStructureChart, type ReportTransition } from "@/lib/report/model";
import type { Locale } from "@/lib/i18n/locales";
import type { ChangeKind, CurrentStatus } from "@/lib/scoring/org-chart";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";

const CHANGE_STYLES: Record<ChangeKind, string> = {
  keep: "border-brand/40 bg-brand-soft",
  create: "border-2 border-accent bg-white",
  fill: "border-2 border-dashed border-accent bg-white",
  merge: "border-warn/50 bg-warn-soft",
  rescope: "border-warn/50 bg-warn-soft",
  remove: "border-line bg-canvas",
  unknown: "border-dashed border-muted bg-canvas",
};

const STATUS_STYLES: Record<CurrentStatus, string> = {
  filled: "border-brand/40 bg-white",
  vacant: "border-dashed border-muted bg-white",
  none: "border-line bg-canvas",
  unknown: "border-dashed border-muted bg-canvas",
  disputed: "border-dashed border-warn bg-warn-soft",
};

function Ceo() {
  return <div className="mx-auto w-40 rounded-md bg-brand px-3 py-2 text-center text-sm font-semibold text-white">CEO</div>;
}

function Stem() {
  return <div className="mx-auto h-4 w-px bg-muted/60" />;
}

/** Tailwind sees whole class names only, so the column counts are spelled out. */
const COLUMNS: Record<number, string> = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" };

/**
 * Boxes under one parent: from sm up a rail joins the stems above them, running from the first
 * box's centre to the last one's (the grid's 0.75rem gaps included); below sm they stack.
 */
function Branch({ children, count }: { children: ReactNode[]; count: number }) {
  const inset = `calc((100% - ${(count - 1) * 0.75}rem) / ${2 * count})`;
  return (
    <div>
      <Stem />
      {count > 1 ? <div className="hidden h-px bg-muted/60 sm:block" style={{ marginLeft: inset, marginRight: inset }} /> : null}
      <div className={count > 1 ? `grid gap-3 ${COLUMNS[count] ?? ""}` : "mx-auto w-full max-w-sm"}>{children}</div>
    </div>
  );
}

function Badge({ children, strong = false }: { children: ReactNode; strong?: boolean }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${strong ? "bg-brand text-white" : "bg-white/80 text-ink ring-1 ring-line"}`}>
      {children}
    </span>
  );
}

function NodeBox({ node }: { node: ReportChartNode }) {
  return (
    <div className="min-w-0">
      <div className="mx-auto hidden h-3 w-px bg-muted/60 sm:block" />
      <div className={`rounded-md border p-3 ${CHANGE_STYLES[node.change]}`} data-testid={`chart-node-${node.role}`}>
        <p className="font-semibold">
          {node.short} <span className="text-xs font-normal text-muted">{node.title.replace(/ \(.*\)$/, "")}</span>
        </p>
        <p className="mt-1 flex flex-wrap gap-1">
          <Badge>{node.changeLabel}</Badge>
          {node.firstLabel ? <Badge strong>{node.firstLabel}</Badge> : null}
        </p>
        <ul className="mt-2 space-y-0.5 text-xs text-muted">
          {node.remit.map((area) => (
            <li key={area}>{area}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The CEO, the roles reporting to it, then (under a CDO) the roles reporting to the CDO, each level full width. */
function Recommended({ chart }: { chart: ReportStructureChart }) {
  const t = useTranslations("ResultPage.chart");
  const levels = [chart.nodes.filter((node) => node.reportsTo === "ceo"), chart.nodes.filter((node) => node.reportsTo === "cdo")].filter((level) => level.length > 0);
  return (
    <div className="rf-keep">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-accent">{t("recommended", { name: chart.recommendedName })}</p>
      <Ceo />
      {levels.map((level) => (
        <Branch key={level[0]?.role} count={level.length}>
          {level.map((node) => (
            <NodeBox key={node.role} node={node} />
          ))}
        </Branch>
      ))}
    </div>
  );
}

/** Reporting lines today are not asked, so today's roles hang from one line under the CEO rather than in a tree. */
function Today({ chart }: { chart: ReportStructureChart }) {
  const t = useTranslations("ResultPage.chart");
  const drawn = chart.current.filter((role) => role.status !== "none");
  const absent = chart.current.filter((role) => role.status === "none").map((role) => role.short);
  return (
    <div className="rf-keep">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t("today")}</p>
      <div className="w-40 rounded-md bg-brand px-3 py-2 text-center text-sm font-semibold text-white">CEO</div>
      {drawn.length > 0 ? (
        <ul className="ml-6 space-y-2 pt-3 pl-4">
          {drawn.map((role) => (
            <li
              key={role.role}
              // Each box draws a tick to it and its stretch of the line down from the CEO, which ends at the last tick.
              className={`relative max-w-xs rounded-md border p-3 before:absolute before:top-1/2 before:-left-4 before:h-px before:w-4 before:bg-muted/60 after:absolute after:-top-[9px] after:-bottom-px after:-left-4 after:w-px after:bg-muted/60 first:after:-top-[13px] last:after:bottom-1/2 ${STATUS_STYLES[role.status]}`}
              data-testid={`chart-today-${role.role}`}
            >
              <p className="font-semibold">{role.short}</p>
              <p className="text-xs text-muted">{role.statusLabel}</p>
              {role.detail ? <p className="mt-1 text-xs">{role.detail}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-muted">{t("noRoleToday")}</p>
      )}
      {absent.length > 0 ? <p className="mt-3 text-xs text-muted">{t("absent", { roles: absent.join(", ") })}</p> : null}
      <p className="mt-1 text-xs text-muted">{chart.currentNote}</p>
    </div>
  );
}

/** The two drawings side by side on a wide screen, stacked below it; the sentences stand in for them for screen readers. */
export function StructureChartFigure({ chart }: { chart: ReportStructureChart }) {
  const t = useTranslations("ResultPage.chart");
  const locale = useLocale() as Locale;
  const descriptionId = useId();
  return (
    <figure aria-describedby={descriptionId} className="rf-chart" data-testid="structure-chart">
      <figcaption className="sr-only">{t("caption", { name: structureNameInSentence(chart.recommendedName, locale) })}</figcaption>
      <div aria-hidden="true" className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <Recommended chart={chart} />
        <Today chart={chart} />
      </div>
      <div id={descriptionId} className="sr-only" data-testid="structure-chart-description">
        {chart.description.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
    </figure>
  );
}

/**
 * The decisions for roles outside the recommended structure and, where no leadership section
 * follows (the organization page), the first move; a report says that move in its leadership
 * section with its reasons, so the chart does not say it again.
 */
export function StructureChartNotes({ chart, labels, withHireFirst = false }: { chart: ReportStructureChart; labels: ReportLabels; withHireFirst?: boolean }) {
  const t = useTranslations("ResultPage.chart");
  if (chart.outgoing.length === 0 && !withHireFirst) return null;
  return (
    <div className="mt-6 space-y-4">
      {chart.outgoing.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t("outgoing")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {chart.outgoing.map((role) => (
              <li key={role.role}>
                <strong>
                  {role.short} ({role.changeLabel.toLowerCase()}):
                </strong>{" "}
                {role.detail}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {withHireFirst ? (
        <div className="rf-keep rounded-md border border-line bg-canvas p-4" data-testid="chart-hire-first">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">{labels.headings.hireFirst}</p>
          <p className="mt-1 font-semibold">{chart.hireFirst.title}</p>
          {chart.hireFirst.caveat ? <p className="mt-1 text-sm text-warn">{chart.hireFirst.caveat}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

export function TransitionPlanView({ plan, cite }: { plan: ReportTransition; cite: (items: ReportCitation[]) => ReactNode }) {
  const t = useTranslations("ResultPage.chart");
  return (
    <div data-testid="transition-plan">
      <ol className="space-y-3">
        {plan.steps.map((step, index) => (
          <li key={step.title} className="rf-keep flex gap-3 rounded-md border border-line p-4">
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-soft text-sm font-semibold text-brand" aria-hidden="true">
              {index + 1}
            </span>
            <div className="min-w-0">
              <p className="font-semibold">
                <span className="sr-only">{t("step", { number: index + 1 })}</span>
                {step.title}
              </p>
              <p className="mt-1 text-sm">{step.detail}</p>
              <div className="mt-1">{cite(step.citations)}</div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** When to look at the decision again, each point with its passages, and which signals show in the answers now. */
export function RevisitPoints({ revisit, cite }: { revisit: Pick<ReportRevisit, "points" | "signalsNow">; cite: (items: ReportCitation[]) => ReactNode }) {
  return (
    <div data-testid="revisit-points">
      <ul className="list-disc space-y-2 pl-5">
        {revisit.points.map((point) => (
          <li key={point.text} className="rf-keep">
            {point.text} <span className="inline-block">{cite(point.citations)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">{revisit.signalsNow}</p>
    </div>
  );
}
