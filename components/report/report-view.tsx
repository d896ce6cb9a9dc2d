/**
 * The report as a print-optimised page: the same model and order as the PDF and Markdown.
 * All text goes through React, which escapes it; nothing is injected as HTML.
 */
import { useTranslations } from "next-intl";
import type { ReportDisagreements, ReportLabels, ReportModel } from "@/lib/report/model";
import { coverConfidenceLabel, coverRespondents, coverSubtitle, modelsPick, recommendedLabel, sectionsOf } from "@/lib/report/model";
import { OverrideNote, ReviewStatusLine } from "@/components/result/review-status";
import { StructureChartFigure, StructureChartNotes, RevisitPoints, TransitionPlanView } from "@/components/result/structure-chart";
import { FirmLogo } from "./firm-logo";
import { BulletList, Card, CitationList, Contributions, ReportSection, ReportTable } from "./report-parts";

function PreparedBy({ cover }: { cover: ReportModel["cover"] }) {
  const t = useTranslations("ResultPage.document");
  const { consultantFirmName: name, consultantFirmLogo: logo } = cover;
  const text = name ? <p className="text-sm opacity-90 [overflow-wrap:anywhere]">{t("preparedBy", { name })}</p> : null;
  if (!logo) return text ? <div className="mt-3">{text}</div> : null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <FirmLogo logo={logo} />
      {text}
    </div>
  );
}

function Cover({ report }: { report: ReportModel }) {
  const t = useTranslations("ResultPage.document");
  const { cover } = report;
  return (
    <header className="rf-cover rounded-lg bg-brand px-6 py-8 text-white sm:px-10">
      <p className="text-xs font-bold uppercase tracking-[0.2em]">Rolefit</p>
      <p className="mt-6 text-sm opacity-90">{coverSubtitle(report)}</p>
      <h1 className="mt-1 text-3xl font-bold break-words [overflow-wrap:anywhere] sm:text-4xl">{cover.organizationName ?? t("yourCompany")}</h1>
      <PreparedBy cover={cover} />
      <div className="mt-8 rounded-md bg-white p-5 text-ink">
        <p className="text-xs font-bold uppercase tracking-wide text-accent">{recommendedLabel(cover, report.labels)}</p>
        <p className="mt-1 text-2xl font-bold" data-testid="report-recommendation">
          {cover.recommendation}
        </p>
        <ReviewStatusLine review={cover.review} />
        {cover.review.override ? <OverrideNote override={cover.review.override} /> : null}
        <p className="mt-3 inline-block rounded bg-brand-soft px-2 py-0.5 text-sm font-semibold text-brand">
          {coverConfidenceLabel(cover, report.locale)}
        </p>
        <p className="mt-3 text-muted">{cover.recommendationDescription}</p>
        <dl className="mt-4 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("respondents", { count: cover.respondents.length })}</dt>
          <dd className="[overflow-wrap:anywhere]">
            {coverRespondents(report).map((line, index) => (
              <span key={index} className="block">
                {line}
              </span>
            ))}
          </dd>
          <dt className="text-muted">{t("reportDate")}</dt>
          <dd>{cover.dateLabel}</dd>
          <dt className="text-muted">{t("scoringModel")}</dt>
          <dd>{t("versionWord")} {cover.modelVersion}</dd>
          <dt className="text-muted">{t("questionnaire")}</dt>
          <dd>{t("versionWord")} {cover.questionnaireVersion}</dd>
        </dl>
        {cover.modelNote ? <p className="mt-3 text-sm text-warn">{cover.modelNote}</p> : null}
      </div>
    </header>
  );
}

function Scores({ report }: { report: ReportModel }) {
  const t = useTranslations("ResultPage.document");
  return (
    <ReportSection labels={report.labels} id="scores">
      <figure className="rf-keep">
        <figcaption className="sr-only">{t("scoresCaption")}</figcaption>
        <ul className="space-y-3">
          {report.scores.bars.map((bar) => (
            <li key={bar.structure}>
              <div className="flex justify-between text-sm">
                <span className={bar.recommended ? "font-semibold" : ""}>
                  {bar.name}
                  {bar.recommended ? ` (${modelsPick(report)})` : ""}
                </span>
                <span className="font-semibold tabular-nums">{t("outOf100", { score: bar.score.toFixed(1) })}</span>
              </div>
              <div className="rf-bar-track mt-1 h-3 rounded-full bg-line" aria-hidden="true">
                <div className={`rf-bar h-full rounded-full ${bar.recommended ? "bg-brand" : "bg-muted/60"}`} style={{ width: `${Math.max(1, Math.min(100, bar.score))}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      <p className="mt-4">{report.scores.caption}</p>
      {report.scores.robustness ? <Shares block={report.scores.robustness} /> : null}
      <p className="mt-2 text-sm text-muted">{t("howConfidence", { rule: report.scores.confidenceRule })}</p>
    </ReportSection>
  );
}

function Shares({ block }: { block: NonNullable<ReportModel["scores"]["robustness"]> }) {
  return (
    <div className="mt-6">
      <figure className="rf-keep">
        <figcaption className="text-sm font-semibold">{block.title}</figcaption>
        <ul className="mt-2 space-y-3">
          {block.bars.map((bar) => (
            <li key={bar.structure}>
              <div className="flex justify-between text-sm">
                <span className={bar.recommended ? "font-semibold" : ""}>{bar.name}</span>
                <span className="font-semibold tabular-nums">{bar.percent}%</span>
              </div>
              <div className="rf-bar-track mt-1 h-3 rounded-full bg-line" aria-hidden="true">
                <div className={`rf-bar h-full rounded-full ${bar.recommended ? "bg-accent" : "bg-muted/60"}`} style={{ width: `${bar.percent}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      <p className="mt-4">{block.caption}</p>
      {block.conditions.map((sentence) => (
        <p key={sentence} className="mt-1 text-sm">
          {sentence}
        </p>
      ))}
      {block.note ? <p className="mt-1 text-sm text-muted">{block.note}</p> : null}
    </div>
  );
}

function Change({ report }: { report: ReportModel }) {
  const { change } = report;
  return (
    <ReportSection labels={report.labels} id="change" lead={change.lead}>
      {change.eitherWay ? (
        <div className="mb-4">
          <h3 className="rf-heading font-semibold">{report.labels.headings.eitherWay}</h3>
          <p className="mt-1 text-sm text-muted">{change.eitherWay.lead}</p>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 print:grid-cols-2">
            {change.eitherWay.directions.map((direction) => (
              <Card key={direction.title} title={direction.title}>
                {direction.conditions ? <p>{direction.conditions}</p> : null}
                {direction.changes.length > 0 ? <BulletList items={direction.changes} /> : <p className="text-muted">{direction.emptyText}</p>}
              </Card>
            ))}
          </div>
        </div>
      ) : null}
      {change.tippingPoints.length === 0 ? <p>{change.emptyText}</p> : null}
      <ol className="space-y-3">
        {change.tippingPoints.map((point, index) => (
          <li key={index} className="rf-keep rounded-md border border-line p-4">
            <p className="font-semibold">{point.headline}</p>
            <ul className="mt-1 text-sm">
              {point.changes.map((item, changeIndex) => (
                <li key={changeIndex}>
                  <span className="text-muted">{item.question}</span> {item.from} → <strong>{item.to}</strong>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-muted">{point.newScores}</p>
          </li>
        ))}
      </ol>
      {change.uninformed.length > 0 ? (
        <>
          <h3 className="rf-heading mt-4 font-semibold">{report.labels.headings.uninformed}</h3>
          <p className="mt-1 text-sm text-muted">{report.labels.uninformedLead}</p>
          <BulletList items={change.uninformed} />
        </>
      ) : null}
    </ReportSection>
  );
}

function Disagreements({ block, labels }: { block: ReportDisagreements; labels: ReportLabels }) {
  return (
    <ReportSection labels={labels} id="disagreements" lead={block.items.length > 0 ? block.lead : undefined}>
      {block.items.length === 0 ? <p>{block.emptyText}</p> : null}
      <div className="space-y-3">
        {block.items.map((row, index) => (
          <Card key={index} title={row.question}>
            <p className="mb-1 text-sm text-muted">{row.summary}</p>
            <BulletList items={row.answers.map((answer) => `${answer.respondent}: ${answer.answer}`)} />
          </Card>
        ))}
      </div>
    </ReportSection>
  );
}

function Body({ report }: { report: ReportModel }) {
  const t = useTranslations("ResultPage.document");
  const { leadership, revisit } = report;
  return (
    <>
      <ReportSection labels={report.labels} id="chart" lead={report.structureChart.lead}>
        <StructureChartFigure chart={report.structureChart} />
        <StructureChartNotes chart={report.structureChart} labels={report.labels} />
      </ReportSection>
      <ReportSection labels={report.labels} id="ownership">
        <ReportTable caption={t("ownershipCaption")} head={[t("area"), t("owner"), t("how")]} rows={report.ownership.map((row) => [row.area, row.owner, row.note])} />
      </ReportSection>
      <ReportSection labels={report.labels} id="mechanisms">
        <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
          {report.mechanisms.map((mechanism) => (
            <Card key={mechanism.name} title={mechanism.name}>
              <p className="text-muted">{mechanism.description}</p>
            </Card>
          ))}
        </div>
      </ReportSection>
      <ReportSection labels={report.labels} id="kpis">
        <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
          {report.kpis.map((kpi) => (
            <Card key={kpi.role} title={kpi.role}>
              <BulletList items={kpi.metrics} />
            </Card>
          ))}
        </div>
      </ReportSection>
      <ReportSection labels={report.labels} id="leadership">
        <BulletList items={leadership.profile} />
        <div className="rf-keep mt-4">
          <h3 className="rf-heading font-semibold">{report.labels.headings.hireFirst}</h3>
          <p className="mt-1 text-lg font-semibold">{leadership.hireFirst.title}</p>
          <p className="mt-1">{leadership.hireFirst.reason}</p>
          <CitationList items={leadership.hireFirst.citations} />
        </div>
      </ReportSection>
      <ReportSection labels={report.labels} id="transition" lead={report.transition.lead}>
        <TransitionPlanView plan={report.transition} cite={(items) => <CitationList items={items} />} />
      </ReportSection>
      <ReportSection labels={report.labels} id="revisit">
        <RevisitPoints revisit={revisit} cite={(items) => <CitationList items={items} />} />
        <h3 className="rf-heading mt-4 font-semibold">{report.labels.headings.signals}</h3>
        <div className="mt-2 space-y-3">
          {revisit.signals.map((signal, index) => (
            <Card key={index} tone={signal.fired ? "warn" : "plain"} title={`${signal.label} (${signal.fired ? report.labels.signals.present : report.labels.signals.absent})`}>
              <p>{signal.explanation}</p>
              <CitationList items={signal.citations} />
            </Card>
          ))}
        </div>
        <h3 className="rf-heading mt-4 font-semibold">{t("drawnFrom")}</h3>
        <CitationList items={revisit.contentCitations} />
      </ReportSection>
    </>
  );
}

function Appendix({ report }: { report: ReportModel }) {
  const t = useTranslations("ResultPage.document");
  const { methodology } = report;
  return (
    <>
      <ReportSection labels={report.labels} id="answers">
        {report.answers.map((group, groupIndex) => (
          <div key={groupIndex}>
            {group.respondent ? <h3 className="rf-heading mt-4 text-lg font-semibold">{group.respondent}</h3> : null}
            {group.sections.map((section) => (
              <div key={section.title} className="mt-4">
                <h3 className="rf-heading font-semibold">{section.title}</h3>
                <ReportTable caption={section.title} head={[t("question"), t("answer")]} rows={section.items.map((item) => [item.question, item.answer])} />
              </div>
            ))}
          </div>
        ))}
      </ReportSection>
      <ReportSection labels={report.labels} id="methodology">
        <div className="space-y-2">
          {methodology.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <p>
            <strong>{t("confidence")}</strong> {methodology.confidenceRule}
          </p>
        </div>
        <h3 className="rf-heading mt-4 font-semibold">{t("threeStructures")}</h3>
        <dl className="mt-1 space-y-2">
          {methodology.structures.map((structure) => (
            <div key={structure.name} className="rf-keep">
              <dt className="font-semibold">{structure.name}</dt>
              <dd className="text-muted">{structure.description}</dd>
            </div>
          ))}
        </dl>
        <h3 className="rf-heading mt-4 font-semibold">{t("dimensionsHeading")}</h3>
        <ReportTable caption={t("dimensions")} head={[t("dimension"), t("strength"), t("informed")]} rows={methodology.dimensions.map((d) => [d.label, d.value, d.coverage])} />
      </ReportSection>
      <ReportSection labels={report.labels} id="sources">
        <dl className="space-y-3">
          {report.sources.map((source) => (
            <div key={source.id} className="rf-keep">
              <dt className="font-semibold">
                {source.id}: <span lang="en">{source.title}</span> <span className="font-normal text-muted">({source.publisher})</span>
              </dt>
              <dd className="text-sm">{source.contributes}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>
    </>
  );
}

export function ReportView({ report }: { report: ReportModel }) {
  const t = useTranslations("ResultPage.document");
  return (
    <article className="rf-report mx-auto max-w-3xl" aria-label={report.meta.title} lang={report.locale}>
      <Cover report={report} />
      <nav aria-label={t("contents")} className="rf-contents mt-8 rounded-md border border-line bg-white p-5">
        <h2 className="font-semibold">{t("contents")}</h2>
        {/* The gap keeps each entry's 24 px target area clear of the next one's (WCAG 2.5.8, axe's target-size). */}
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {sectionsOf(report).map((section) => (
            <li key={section.id}>
              <a href={`#report-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <ReportSection labels={report.labels} id="summary">
        <div className="space-y-3 text-lg">
          {report.summary.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </ReportSection>
      <Scores report={report} />
      <ReportSection labels={report.labels} id="drivers" lead={report.drivers.lead}>
        <Contributions block={report.drivers} />
      </ReportSection>
      <ReportSection labels={report.labels} id="counter" lead={report.counter.lead}>
        <Contributions block={report.counter} />
      </ReportSection>
      <Change report={report} />
      <Body report={report} />
      {report.disagreements !== null ? <Disagreements block={report.disagreements} labels={report.labels} /> : null}
      <Appendix report={report} />
      <p className="mt-10 border-t border-line pt-3 text-xs text-muted">{t("generated", { date: report.cover.dateLabel })}</p>
    </article>
  );
}
