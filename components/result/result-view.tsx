/**
 * Everything the model says about one result, in the order a reader needs it: the answer,
 * why, what would change it, then what to do. The sections, their titles and their sentences are
 * the report's view model (lib/report/model.ts), the one every view of a result renders; this page
 * adds the charts and the what-if panel, which need the stored output and answers.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { TAnswers, TQuestionnaire } from "@/lib/questionnaire/schema";
import { recommendedLabel, type ReportLabels, type ReportModel, type ReportSectionId } from "@/lib/report/model";
import { robustnessCaption } from "@/lib/scoring/robustness-text";
import { robustnessOfStored } from "@/lib/scoring/stored";
import { outputIn } from "@/lib/scoring/translations/output";
import type { Robustness, ScoringOutput } from "@/lib/scoring/types";
import { Citations } from "./citation";
import { ConfidenceBadge } from "./confidence-badge";
import { ContributionList } from "./contribution-list";
import { OverrideNote, ReviewStatusLine } from "./review-status";
import { EitherWay } from "./either-way";
import { BulletList, ContentSources, KpiScorecard, Mechanisms, OwnershipTable } from "./recommendation-content";
import { ScoreChart } from "./score-chart";
import { ShareChart } from "./share-chart";
import { StructureChartFigure, StructureChartNotes, RevisitPoints, TransitionPlanView } from "./structure-chart";
import { WhatIfPanel } from "./what-if-panel";

interface Props {
  /** The result's view model: lib/results/report.ts resultView. */
  report: ReportModel;
  output: ScoringOutput;
  answers: TAnswers;
  questionnaire: TQuestionnaire;
  heading: ReactNode;
  /** h1 where the result is the page; h2 where the page has its own title above it (the review page). */
  titleLevel?: "h1" | "h2";
}

function Block({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Card>
        <SectionHeading id={id} lead={lead}>
          {title}
        </SectionHeading>
        {children}
      </Card>
    </section>
  );
}

/** A result scored before robustness was stored: the analysis is measured now with the model that scored it. */
function MeasuredLater({ output, robustness }: { output: ScoringOutput; robustness: Robustness | null }) {
  const t = useTranslations("ResultPage.view");
  if (output.robustness) return null;
  return (
    <p className="mt-3 text-sm text-muted" data-testid="robustness-measured-later">
      {robustness ? t("measuredLater", { model: output.modelVersion }) : t("notAnalysable", { model: output.modelVersion })}
    </p>
  );
}

/** A section of the report, under the title every view gives it. */
function Section({ id, labels, lead, children }: { id: ReportSectionId; labels: ReportLabels; lead?: ReactNode; children: ReactNode }) {
  return (
    <Block id={id} title={labels.sections[id]} lead={lead}>
      {children}
    </Block>
  );
}

export function ResultView({ report, output: stored, answers, questionnaire, heading, titleLevel = "h1" }: Props) {
  const t = useTranslations("ResultPage.view");
  const { locale } = report;
  // The stored output's own text (the confidence reason, tipping points) in the report's language.
  const output = outputIn({ output: stored, answers }, locale);
  const Title = titleLevel;
  const fired = report.revisit.signals.filter((signal) => signal.fired);
  const robustness = robustnessOfStored({ questionnaireVersion: output.questionnaireVersion, answers, output });
  const { change, leadership } = report;
  const { override } = report.cover.review;
  return (
    <div className="space-y-6" lang={report.locale}>
      <Card className="border-brand/30">
        {heading}
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{recommendedLabel(report.cover, report.labels)}</p>
        <Title className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl" data-testid="recommendation">
          {report.cover.recommendation}
        </Title>
        <ReviewStatusLine review={report.cover.review} />
        {override ? <OverrideNote override={override} /> : null}
        {override ? <p className="mt-6 text-sm font-semibold uppercase tracking-wide text-muted">{t("modelAnalysis")}</p> : null}
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <ConfidenceBadge level={report.cover.confidence} />
          <span className="text-sm text-muted">{report.scores.caption}</span>
        </div>
        <p className="mt-4 text-lg">{output.content.summary}</p>
        <p className="mt-3 text-sm text-muted" data-testid="confidence-reason">
          {output.confidence.reason}
          {robustness && !output.robustness ? ` ${t("measuredNow", { caption: robustnessCaption(robustness, output.ranking, locale) })}` : ""}
        </p>
        <p className="mt-1 text-sm text-muted">
          <span className="font-semibold">{t("howConfidence")}</span> {report.scores.confidenceRule}
        </p>
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <ScoreChart scores={output.scores} ranking={output.ranking} highlight={output.recommended} />
          {robustness ? <ShareChart robustness={robustness} order={output.ranking} highlight={output.recommended} /> : null}
        </div>
        <MeasuredLater output={output} robustness={robustness} />
      </Card>

      {fired.length > 0 ? (
        <Notice tone="warning" title={report.labels.headings.firedSignals}>
          <ul className="mt-1 space-y-2">
            {fired.map((signal) => (
              <li key={signal.label}>
                <strong>{signal.label}.</strong> {signal.explanation} <Citations citations={signal.citations} />
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {(["drivers", "counter"] as const).map((id) => (
        <Section labels={report.labels} key={id} id={id} lead={report[id].lead}>
          <ContributionList block={report[id]} />
        </Section>
      ))}

      {change.eitherWay ? (
        <Block id="either-way" title={report.labels.headings.eitherWay} lead={change.eitherWay.lead}>
          <EitherWay directions={change.eitherWay.directions} />
        </Block>
      ) : null}

      <Block id="what-if" title={report.labels.sections.change} lead={`${change.lead} ${t("whatIfLead")}`}>
        <WhatIfPanel questionnaire={questionnaire} answers={answers} recommended={output.recommended} tippingPoints={output.tippingPoints} />
      </Block>

      <Section labels={report.labels} id="chart" lead={report.structureChart.lead}>
        <StructureChartFigure chart={report.structureChart} />
        <StructureChartNotes chart={report.structureChart} labels={report.labels} />
      </Section>

      <Section labels={report.labels} id="ownership">
        <OwnershipTable rows={report.ownership} />
      </Section>

      <Section labels={report.labels} id="mechanisms">
        <Mechanisms mechanisms={report.mechanisms} />
      </Section>

      <Section labels={report.labels} id="kpis">
        <KpiScorecard kpis={report.kpis} />
      </Section>

      <Section labels={report.labels} id="leadership">
        <BulletList items={leadership.profile} />
        <h3 className="mt-6 font-semibold">{report.labels.headings.hireFirst}</h3>
        <p className="mt-1 text-lg font-semibold" data-testid="hire-first">
          {leadership.hireFirst.title}
        </p>
        <p className="mt-2">
          {leadership.hireFirst.reason} <Citations citations={leadership.hireFirst.citations} />
        </p>
      </Section>

      <Section labels={report.labels} id="transition" lead={report.transition.lead}>
        <TransitionPlanView plan={report.transition} cite={(items) => <Citations citations={items} />} />
      </Section>

      <Section labels={report.labels} id="revisit">
        <RevisitPoints revisit={report.revisit} cite={(items) => <Citations citations={items} />} />
        <ContentSources citations={report.revisit.contentCitations} />
      </Section>

      {change.uninformed.length > 0 ? (
        <Block id="gaps" title={report.labels.headings.uninformed} lead={report.labels.uninformedLead}>
          <BulletList items={change.uninformed} />
        </Block>
      ) : null}
    </div>
  );
}
