/**
 * The org chart and the transition plan in the PDF. The chart is drawn with bordered boxes and
 * hairline connectors (vector shapes, selectable text), never an image: the recommended tree
 * first, today's roles beneath it.
 */
import type { Styles } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ChangeKind, CurrentStatus } from "../../scoring/org-chart";
import { lowerFirst } from "../format";
import { fillLabel, type ReportChartNode, type ReportCurrentRole, type ReportLabels, type ReportModel } from "../model";
import { Bullet, Citations, HeadedList, Heading, KeepTogether, Subheading } from "./primitives";
import { reactPdf } from "./react-pdf";
import { COLORS, PAGE_MARGIN, styles } from "./styles";

type Style = Styles[string];

const GAP = 10;
const CONNECTOR = { backgroundColor: COLORS.muted } as const;
const LINE = 1;

const CHANGE_BOX: Record<ChangeKind, Style> = {
  keep: { borderColor: COLORS.brand, backgroundColor: COLORS.brandSoft },
  create: { borderColor: COLORS.accent, borderWidth: 1.5 },
  fill: { borderColor: COLORS.accent, borderWidth: 1.5, borderStyle: "dashed" },
  merge: { borderColor: COLORS.warn, backgroundColor: COLORS.warnSoft },
  rescope: { borderColor: COLORS.warn, backgroundColor: COLORS.warnSoft },
  remove: { borderColor: COLORS.line, backgroundColor: COLORS.canvas },
  unknown: { borderColor: COLORS.muted, borderStyle: "dashed", backgroundColor: COLORS.canvas },
};

const STATUS_BOX: Record<CurrentStatus, Style> = {
  filled: { borderColor: COLORS.brand },
  vacant: { borderColor: COLORS.muted, borderStyle: "dashed" },
  none: { borderColor: COLORS.line },
  unknown: { borderColor: COLORS.muted, borderStyle: "dashed", backgroundColor: COLORS.canvas },
  disputed: { borderColor: COLORS.warn, borderStyle: "dashed", backgroundColor: COLORS.warnSoft },
};

const box = { borderWidth: 0.75, borderRadius: 4, padding: 6 } as const;

function Ceo({ label }: { label: string }) {
  const { Text, View } = reactPdf();
  return (
    <View style={{ alignSelf: "center", width: 110, backgroundColor: COLORS.brand, borderRadius: 4, paddingVertical: 4 }}>
      <Text style={{ color: "#ffffff", fontWeight: 700, textAlign: "center" }}>{label}</Text>
    </View>
  );
}

function Stem({ height = 10 }: { height?: number }) {
  const { View } = reactPdf();
  return <View style={{ ...CONNECTOR, alignSelf: "center", width: LINE, height }} />;
}

/** Children in a row under one stem, joined by a rail from the first box's centre to the last one's. */
function Branch({ children, count, width }: { children: ReactNode; count: number; width: number }) {
  const { View } = reactPdf();
  const column = (width - GAP * (count - 1)) / count;
  return (
    <View style={{ width, alignSelf: "center" }}>
      <Stem />
      {count > 1 ? <View style={{ ...CONNECTOR, height: LINE, marginLeft: column / 2, marginRight: column / 2 }} /> : null}
      <View style={{ flexDirection: "row", justifyContent: "center" }}>{children}</View>
    </View>
  );
}

function NodeBox({ node, width, last }: { node: ReportChartNode; width: number; last: boolean }) {
  const { Text, View } = reactPdf();
  return (
    <View style={{ width, marginRight: last ? 0 : GAP }}>
      <Stem height={8} />
      <View style={[box, CHANGE_BOX[node.change]]}>
        <Text style={{ fontWeight: 700, fontSize: 11 }}>
          {node.short} <Text style={{ fontWeight: 400, fontSize: 7.5, color: COLORS.muted }}>{node.title.replace(/ \(.*\)$/, "")}</Text>
        </Text>
        <Text style={{ fontSize: 7.5, fontWeight: 700, color: COLORS.ink, marginTop: 2, letterSpacing: 0.4 }}>
          {node.changeLabel.toUpperCase()}
          {node.firstLabel ? <Text style={{ color: COLORS.brand }}> · {node.firstLabel.toUpperCase()}</Text> : null}
        </Text>
        {node.remit.map((area) => (
          <Text key={area} style={{ fontSize: 7.5, color: COLORS.muted, lineHeight: 1.35 }}>
            {area}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** A4 less the side margins (styles.ts PAGE_MARGIN). */
const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN.side;

function RecommendedTree({ chart, labels }: { chart: ReportModel["structureChart"]; labels: ReportLabels }) {
  const { Text, View } = reactPdf();
  const top = chart.nodes.filter((node) => node.reportsTo === "ceo");
  const below = chart.nodes.filter((node) => node.reportsTo === "cdo");
  const row = (nodes: ReportChartNode[], width: number) => (
    <Branch count={nodes.length} width={width}>
      {nodes.map((node, index) => (
        <NodeBox key={node.role} node={node} width={(width - GAP * (nodes.length - 1)) / nodes.length} last={index === nodes.length - 1} />
      ))}
    </Branch>
  );
  return (
    <View>
      <Text style={{ ...styles.h3, marginTop: 0, color: COLORS.accent }}>{fillLabel(labels.chart.recommended, { structure: chart.recommendedName })}</Text>
      <Ceo label={labels.chart.ceoShort} />
      {row(top, top.length === 1 ? 240 : CONTENT_WIDTH * 0.8)}
      {below.length > 0 ? row(below, CONTENT_WIDTH * 0.8) : null}
    </View>
  );
}

function RoleBox({ role, width, last }: { role: ReportCurrentRole; width: number; last: boolean }) {
  const { Text, View } = reactPdf();
  return (
    <View style={{ width, marginRight: last ? 0 : GAP }}>
      <Stem height={8} />
      <View style={[box, STATUS_BOX[role.status]]}>
        <Text style={{ fontWeight: 700 }}>{role.short}</Text>
        <Text style={{ fontSize: 7.5, color: COLORS.muted }}>{role.statusLabel}</Text>
        {role.detail ? <Text style={{ fontSize: 7.5, marginTop: 2 }}>{role.detail}</Text> : null}
      </View>
    </View>
  );
}

/** Reporting lines today are not asked, so today's roles hang side by side from the CEO. */
function TodayRow({ chart, labels }: { chart: ReportModel["structureChart"]; labels: ReportLabels }) {
  const { Text, View } = reactPdf();
  const drawn = chart.current.filter((role) => role.status !== "none");
  const absent = chart.current.filter((role) => role.status === "none").map((role) => role.short);
  const boxWidth = (CONTENT_WIDTH - GAP * 3) / 4;
  return (
    <View style={{ marginTop: 14 }}>
      <Text style={{ ...styles.h3, marginTop: 0, color: COLORS.muted }}>{labels.chart.today}</Text>
      <Ceo label={labels.chart.ceoShort} />
      {drawn.length > 0 ? (
        <Branch count={drawn.length} width={boxWidth * drawn.length + GAP * (drawn.length - 1)}>
          {drawn.map((role, index) => (
            <RoleBox key={role.role} role={role} width={boxWidth} last={index === drawn.length - 1} />
          ))}
        </Branch>
      ) : (
        <Text style={{ textAlign: "center", color: COLORS.muted, marginTop: 6 }}>{labels.chart.noExecutive}</Text>
      )}
      {absent.length > 0 ? <Text style={{ ...styles.note, marginTop: 8 }}>{fillLabel(labels.chart.notPartToday, { roles: absent.join(", ") })}</Text> : null}
      <Text style={{ ...styles.note, marginTop: 2 }}>{chart.currentNote}</Text>
    </View>
  );
}

export function StructureChartSection({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const chart = report.structureChart;
  return (
    <View>
      <KeepTogether>
        <Heading keepWithNext={false}>{report.labels.sections.chart}</Heading>
        <Text style={styles.lead}>{chart.lead}</Text>
        <RecommendedTree chart={chart} labels={report.labels} />
      </KeepTogether>
      <View wrap={false}>
        <TodayRow chart={chart} labels={report.labels} />
      </View>
      {chart.outgoing.length > 0 ? (
        <HeadedList
          heading={<Subheading>{report.labels.chart.outside}</Subheading>}
          items={chart.outgoing}
          render={(role) => (
            <Bullet key={role.role}>
              <Text style={styles.bold}>
                {role.short} ({lowerFirst(role.changeLabel)}){report.labels.colon.trimEnd()}
              </Text>{" "}
              {role.detail}
            </Bullet>
          )}
        />
      ) : null}
    </View>
  );
}

export function TransitionSection({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const plan = report.transition;
  return (
    <View>
      <HeadedList
        heading={
          <View>
            <Heading>{report.labels.sections.transition}</Heading>
            <Text style={styles.lead}>{plan.lead}</Text>
          </View>
        }
        items={plan.steps}
        render={(step, index) => (
          <View key={step.title} style={styles.card} wrap={false}>
            <Text style={styles.cardTitle}>
              <Text style={{ color: COLORS.brand }}>{index + 1}.</Text> {step.title}
            </Text>
            <Text style={{ marginBottom: 2 }}>{step.detail}</Text>
            <Citations items={step.citations} />
          </View>
        )}
      />
    </View>
  );
}
