/**
 * Everything the model says about one result, in the order a reader needs it: the answer,
 * why, what would change it, then what to do.
 */
import type { ReactNode } from "react";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { TAnswers, TQuestionnaire } from "@/lib/questionnaire/schema";
import { EITHER_WAY_LEAD, robustnessCaption } from "@/lib/scoring/robustness-text";
import { robustnessOfStored } from "@/lib/scoring/stored";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { Robustness, ScoringOutput } from "@/lib/scoring/types";
import { Citations } from "./citation";
import { ConfidenceBadge } from "./confidence-badge";
import { ContributionList } from "./contribution-list";
import { EitherWay } from "./either-way";
import { BulletList, ContentSources, KpiScorecard, Mechanisms, OwnershipTable } from "./recommendation-content";
import { ScoreChart } from "./score-chart";
import { ShareChart } from "./share-chart";
import { WhatIfPanel } from "./what-if-panel";

interface Props {
  output: ScoringOutput;
  answers: TAnswers;
  questionnaire: TQuestionnaire;
  heading: ReactNode;
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
  if (output.robustness) return null;
  return (
    <p className="mt-3 text-sm text-muted" data-testid="robustness-measured-later">
      {robustness
        ? `This result was scored with model ${output.modelVersion}, before robustness was stored with results: the share of draws is measured now with that same model. Its confidence was set by that model's rule, quoted above.`
        : `This result was scored with model ${output.modelVersion}, which this server can no longer analyse, so its robustness is not shown.`}
    </p>
  );
}

export function ResultView({ output, answers, questionnaire, heading }: Props) {
  const structure = STRUCTURES[output.recommended];
  const runnerUp = output.ranking[1] ?? output.recommended;
  const fired = output.triggers.filter((trigger) => trigger.fired);
  const robustness = robustnessOfStored({ questionnaireVersion: output.questionnaireVersion, answers, output });
  const open = output.confidence.level !== "high" && output.robustness !== undefined;
  return (
    <div className="space-y-6">
      <Card className="border-brand/30">
        {heading}
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Recommended structure</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl" data-testid="recommendation">
          {structure.name}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <ConfidenceBadge level={output.confidence.level} />
          <span className="text-sm text-muted">
            {output.margin.toFixed(1)} points ahead of {STRUCTURES[runnerUp].name} on the model&apos;s own weights; answers informed {Math.round(output.coverage * 100)}% of the model
          </span>
        </div>
        <p className="mt-4 text-lg">{output.content.summary}</p>
        <p className="mt-3 text-sm text-muted" data-testid="confidence-reason">
          {output.confidence.reason}
          {robustness && !output.robustness ? ` Measured now: ${robustnessCaption(robustness, output.ranking)}` : ""}
        </p>
        <p className="mt-1 text-sm text-muted">
          <span className="font-semibold">How confidence is set:</span> {output.confidence.rule}
        </p>
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <ScoreChart scores={output.scores} ranking={output.ranking} highlight={output.recommended} />
          {robustness ? <ShareChart robustness={robustness} order={output.ranking} highlight={output.recommended} /> : null}
        </div>
        <MeasuredLater output={output} robustness={robustness} />
      </Card>

      {fired.length > 0 ? (
        <Notice tone="warning" title="Signals that the current set-up needs attention">
          <ul className="mt-1 space-y-2">
            {fired.map((trigger) => (
              <li key={trigger.id}>
                <strong>{trigger.label}.</strong> {trigger.explanation} <Citations citations={trigger.citations} />
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <Block id="drivers" title="Why this recommendation" lead={`The criteria that put ${structure.name} ahead of ${STRUCTURES[runnerUp].name}, with the passages they rest on.`}>
        <ContributionList items={output.drivers} versus={runnerUp} favouring={output.recommended} emptyText="No single criterion stands out; the scores are close." />
      </Block>

      <Block id="counter" title="What points elsewhere" lead="Criteria in your answers that favour another structure.">
        <ContributionList items={output.counterSignals} versus={output.recommended} emptyText="None of your answers points to another structure." />
      </Block>

      {open && robustness ? (
        <Block
          id="either-way"
          title="What would tip it, either way"
          lead={EITHER_WAY_LEAD}
        >
          <EitherWay output={output} robustness={robustness} />
        </Block>
      ) : null}

      <Block id="what-if" title="What would change this recommendation" lead="The smallest changes to your answers that would tip the result, computed from the model. Try them, or change any answer; nothing is saved.">
        <WhatIfPanel questionnaire={questionnaire} answers={answers} recommended={output.recommended} tippingPoints={output.tippingPoints} />
      </Block>

      <Block id="hire-first" title="If you can hire only one leader now">
        <p className="text-lg font-semibold">{output.hireFirst.title}</p>
        <p className="mt-2">
          {output.hireFirst.reason} <Citations citations={output.hireFirst.citations} />
        </p>
      </Block>

      <Block id="ownership" title="Who owns what">
        <OwnershipTable content={output.content} />
      </Block>

      <Block id="mechanisms" title="How the leaders work together">
        <Mechanisms content={output.content} />
      </Block>

      <Block id="kpis" title="Scorecard for each role">
        <KpiScorecard content={output.content} />
      </Block>

      <Block id="profile" title="The leadership profile to hire for">
        <BulletList items={output.content.leadershipProfile} />
      </Block>

      <Block id="revisit" title="When to revisit this decision">
        <BulletList items={output.content.revisitTriggers} />
        <ContentSources content={output.content} />
      </Block>

      {output.uninformed.length > 0 ? (
        <Block id="gaps" title="What your answers left open" lead="These criteria had no answer to read, so they neither helped nor hurt any structure. Answering them would raise confidence.">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {output.uninformed.map((item) => (
              <li key={item.criterionId}>{item.statement}</li>
            ))}
          </ul>
        </Block>
      ) : null}
    </div>
  );
}
