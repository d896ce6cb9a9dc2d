/** The PDF's body sections, from the executive summary to the triggers to revisit. */
import type { ReactNode } from "react";
import type { ReportContribution, ReportContributions, ReportLabels, ReportModel, ReportRobustness, ReportTippingPoint, ReportTrigger } from "../model";
import { fillLabel, modelsPick } from "../model";
import { Bullet, Citations, HeadedList, Heading, KeepTogether, Paragraph, Subheading, Table } from "./primitives";
import { reactPdf } from "./react-pdf";
import { COLORS, lineFit, styles } from "./styles";

/** A section heading followed by an introductory line, kept together with what follows. */
function Intro({ title, lead }: { title: string; lead?: string }) {
  const { Text, View } = reactPdf();
  return (
    <View>
      <Heading>{title}</Heading>
      {lead ? <Text style={styles.lead}>{lead}</Text> : null}
    </View>
  );
}

export function SummarySection({ report }: { report: ReportModel }) {
  const { Text } = reactPdf();
  return (
    <HeadedList
      heading={<Heading>{report.labels.sections.summary}</Heading>}
      items={report.summary}
      render={(paragraph, index) => (
        <Text key={index} style={[styles.summaryParagraph, lineFit(paragraph)]}>
          {paragraph}
        </Text>
      )}
    />
  );
}

/** Half width beside the share chart, the recommendation is marked by weight alone: "(recommended)" would run into the score. */
function ScoreChart({ report, compact = false }: { report: ReportModel; compact?: boolean }) {
  const { Text, View } = reactPdf();
  return (
    <View>
      {report.scores.bars.map((bar) => (
        <View key={bar.structure} style={styles.chartRow}>
          <View style={styles.chartLabels}>
            <Text style={bar.recommended ? [styles.bold, styles.chartName] : styles.chartName}>
              {bar.name}
              {bar.recommended && !compact ? ` (${modelsPick(report)})` : ""}
            </Text>
            <Text style={styles.bold}>{bar.score.toFixed(1).replace(".", report.labels.decimal)} / 100</Text>
          </View>
          <View style={styles.chartTrack}>
            <View style={[styles.chartBar, { width: `${Math.max(1, Math.min(100, bar.score))}%`, backgroundColor: bar.recommended ? COLORS.brand : COLORS.bar }]} />
          </View>
        </View>
      ))}
      <View style={styles.chartAxis}>
        <Text>0</Text>
        <Text>50</Text>
        <Text>100</Text>
      </View>
    </View>
  );
}

function ShareChart({ block, labels }: { block: ReportRobustness; labels: ReportLabels }) {
  const { Text, View } = reactPdf();
  return (
    <View>
      <Text style={{ ...styles.bold, marginBottom: 6 }}>{block.title}</Text>
      {block.bars.map((bar) => (
        <View key={bar.structure} style={styles.chartRow}>
          <View style={styles.chartLabels}>
            <Text style={bar.recommended ? [styles.bold, styles.chartName] : styles.chartName}>{bar.name}</Text>
            <Text style={styles.bold}>{fillLabel(labels.percent, { value: bar.percent })}</Text>
          </View>
          <View style={styles.chartTrack}>
            <View style={[styles.chartBar, { width: `${bar.percent}%`, backgroundColor: bar.recommended ? COLORS.accent : COLORS.bar }]} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The scores and the share of draws side by side, so both fit under the heading on one page. */
export function ScoresSection({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const { scores } = report;
  return (
    <View>
      <KeepTogether>
        <Heading keepWithNext={false}>{report.labels.sections.scores}</Heading>
        <View style={{ flexDirection: "row" }}>
          <View style={{ width: scores.robustness ? "48%" : "100%" }}>
            <Text style={{ ...styles.bold, marginBottom: 6 }}>{report.labels.scores.chartCaption}</Text>
            <ScoreChart report={report} compact={scores.robustness !== null} />
          </View>
          {scores.robustness ? (
            <View style={{ width: "48%", marginLeft: "4%" }}>
              <ShareChart block={scores.robustness} labels={report.labels} />
            </View>
          ) : null}
        </View>
      </KeepTogether>
      <Paragraph>{scores.caption}</Paragraph>
      {scores.robustness ? (
        <View>
          <Paragraph>{scores.robustness.caption}</Paragraph>
          {scores.robustness.conditions.map((sentence) => (
            <Paragraph key={sentence}>{sentence}</Paragraph>
          ))}
          {scores.robustness.note ? <Text style={styles.note}>{scores.robustness.note}</Text> : null}
        </View>
      ) : null}
      <Text style={styles.small}>{fillLabel(report.labels.scores.confidenceSet, { rule: scores.confidenceRule })}</Text>
    </View>
  );
}

function ContributionItem({ item, answerLabel, first }: { item: ReportContribution; answerLabel: string; first: boolean }) {
  const { Text, View } = reactPdf();
  return (
    <View style={first ? [styles.item, styles.itemTop] : styles.item} wrap={false}>
      <Text style={styles.itemStatement}>{item.statement}</Text>
      <Text style={styles.itemAnswer}>
        {answerLabel}: {item.answer} · <Text style={styles.itemLead}>{item.lead}</Text>
      </Text>
      {item.reason ? <Text style={styles.itemReason}>{item.reason}</Text> : null}
      <Citations items={item.citations} />
    </View>
  );
}

function ContributionsBlock({ title, block }: { title: string; block: ReportContributions }) {
  const { Text } = reactPdf();
  return (
    <HeadedList
      heading={<Intro title={title} lead={block.items.length > 0 ? block.lead : undefined} />}
      items={block.items}
      render={(item, index) => <ContributionItem key={index} item={item} answerLabel={block.answerLabel} first={index === 0} />}
      empty={<Paragraph>{block.emptyText}</Paragraph>}
      closing={<Text style={styles.note}>{block.note}</Text>}
    />
  );
}

export function DriversSection({ report }: { report: ReportModel }) {
  return <ContributionsBlock title={report.labels.sections.drivers} block={report.drivers} />;
}

export function CounterSection({ report }: { report: ReportModel }) {
  return <ContributionsBlock title={report.labels.sections.counter} block={report.counter} />;
}

function TippingPointCard({ point }: { point: ReportTippingPoint }) {
  const { Text, View } = reactPdf();
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.cardTitle}>{point.headline}</Text>
      {point.changes.map((item, index) => (
        <Text key={index} style={{ fontSize: 9 }}>
          <Text style={{ color: COLORS.muted }}>{item.question}</Text> From {item.from} to <Text style={styles.bold}>{item.to}</Text>
        </Text>
      ))}
      <Text style={styles.note}>{point.newScores}</Text>
    </View>
  );
}

export function ChangeSection({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const { change } = report;
  return (
    <View>
      {change.eitherWay ? (
        <HeadedList
          heading={<Intro title={report.labels.sections.change} lead={change.eitherWay.lead} />}
          items={change.eitherWay.directions}
          render={(direction) => (
            <Card key={direction.title} title={direction.title}>
              {direction.conditions ? <Text style={{ marginBottom: 2 }}>{direction.conditions}</Text> : null}
              {direction.changes.length > 0 ? direction.changes.map((item, index) => <Bullet key={index}>{item}</Bullet>) : <Text style={{ color: COLORS.muted }}>{direction.emptyText}</Text>}
            </Card>
          )}
        />
      ) : null}
      <HeadedList
        heading={change.eitherWay ? <Subheading>{report.labels.headings.tippingPoints}</Subheading> : <Intro title={report.labels.sections.change} lead={change.lead} />}
        items={change.tippingPoints}
        render={(point, index) => <TippingPointCard key={index} point={point} />}
        empty={<Paragraph>{change.emptyText}</Paragraph>}
      />
      {change.uninformed.length > 0 ? (
        <HeadedList
          heading={
            <View>
              <Subheading>{report.labels.headings.uninformed}</Subheading>
              <Text style={styles.lead}>{report.labels.uninformedLead}</Text>
            </View>
          }
          items={change.uninformed}
          render={(statement, index) => <Bullet key={index}>{statement}</Bullet>}
        />
      ) : null}
    </View>
  );
}

function Card({ title, children }: { title: ReactNode; children: ReactNode }) {
  const { Text, View } = reactPdf();
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.cardTitle}>{title}</Text>
      {children}
    </View>
  );
}

export function PracticeSections({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const { hireFirst } = report.leadership;
  return (
    <View>
      {/* Seven short rows: the heading moves with the whole table rather than being stranded at a page's foot. */}
      <KeepTogether>
        <Heading keepWithNext={false}>{report.labels.sections.ownership}</Heading>
        <Table
          columns={[
            { title: report.labels.table.area, width: 0.26, bold: true },
            { title: report.labels.table.owner, width: 0.24 },
            { title: report.labels.table.how, width: 0.5, muted: true },
          ]}
          rows={report.ownership.map((row) => [row.area, row.owner, row.note])}
        />
      </KeepTogether>
      <HeadedList
        heading={<Heading>{report.labels.sections.mechanisms}</Heading>}
        items={report.mechanisms}
        render={(mechanism) => (
          <Card key={mechanism.name} title={mechanism.name}>
            <Text style={{ color: COLORS.muted }}>{mechanism.description}</Text>
          </Card>
        )}
      />
      <HeadedList
        heading={<Heading>{report.labels.sections.kpis}</Heading>}
        items={report.kpis}
        render={(kpi) => (
          <Card key={kpi.role} title={kpi.role}>
            {kpi.metrics.map((metric, index) => (
              <Bullet key={index}>{metric}</Bullet>
            ))}
          </Card>
        )}
      />
      <HeadedList
        heading={<Heading>{report.labels.sections.leadership}</Heading>}
        items={report.leadership.profile}
        render={(item, index) => <Bullet key={index}>{item}</Bullet>}
      />
      <View wrap={false}>
        <Subheading>{report.labels.headings.hireFirst}</Subheading>
        <Text style={{ ...styles.bold, fontSize: 11, marginBottom: 3 }}>{hireFirst.title}</Text>
        <Paragraph>{hireFirst.reason}</Paragraph>
        <Citations items={hireFirst.citations} />
      </View>
    </View>
  );
}

function SignalCard({ signal, labels }: { signal: ReportTrigger; labels: ReportLabels }) {
  const { Text, View } = reactPdf();
  return (
    <View style={signal.fired ? styles.warnCard : styles.card} wrap={false}>
      <Text style={styles.cardTitle}>
        {signal.label}{" "}
        <Text style={{ color: signal.fired ? COLORS.warn : COLORS.muted, fontWeight: 400 }}>({signal.fired ? labels.signals.present : labels.signals.absent})</Text>
      </Text>
      <Text style={{ marginBottom: 2 }}>{signal.explanation}</Text>
      <Citations items={signal.citations} />
    </View>
  );
}

export function RevisitSection({ report }: { report: ReportModel }) {
  const { View } = reactPdf();
  const { revisit } = report;
  return (
    <View>
      <HeadedList
        heading={<Heading>{report.labels.sections.revisit}</Heading>}
        items={revisit.points}
        render={(point) => (
          <View key={point.text} wrap={false}>
            <Bullet>{point.text}</Bullet>
            <View style={{ marginLeft: 12, marginBottom: 4 }}>
              <Citations items={point.citations} />
            </View>
          </View>
        )}
      />
      <Paragraph>{revisit.signalsNow}</Paragraph>
      <HeadedList
        heading={<Subheading>{report.labels.headings.signals}</Subheading>}
        items={revisit.signals}
        render={(signal, index) => <SignalCard key={index} signal={signal} labels={report.labels} />}
      />
      <Subheading>{report.labels.signals.drawnFrom}</Subheading>
      <Citations items={revisit.contentCitations} />
    </View>
  );
}

/** Only in the organization report; a single result's report has no disagreements to show. */
export function DisagreementsSection({ report }: { report: ReportModel }) {
  const { Text } = reactPdf();
  const block = report.disagreements;
  if (block === null) return null;
  return (
    <HeadedList
      heading={<Intro title={report.labels.sections.disagreements} lead={block.items.length > 0 ? block.lead : undefined} />}
      items={block.items}
      render={(row, index) => (
        <Card key={index} title={row.question}>
          <Text style={{ color: COLORS.muted, marginBottom: 3 }}>{row.summary}</Text>
          {row.answers.map((answer, answerIndex) => (
            <Bullet key={answerIndex}>
              {answer.respondent}: {answer.answer}
            </Bullet>
          ))}
        </Card>
      )}
      empty={<Paragraph>{block.emptyText}</Paragraph>}
    />
  );
}
