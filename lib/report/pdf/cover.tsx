/** The PDF's first page: who the report is for, the recommendation and confidence, and the versions behind them. */
import { reactPdf } from "./react-pdf";
import { coverRespondents, coverSubtitle, type ReportModel } from "../model";
import { COLORS, lineFit, styles } from "./styles";

const CONFIDENCE_COLORS = { high: COLORS.accent, moderate: COLORS.brand, low: COLORS.warn } as const;

function DetailRow({ label, value }: { label: string; value: string }) {
  const { Text, View } = reactPdf();
  return (
    <View style={{ flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: COLORS.line }} wrap={false}>
      <Text style={{ width: 130, color: COLORS.muted }}>{label}</Text>
      <Text style={{ flex: 1, ...lineFit(value) }}>{value}</Text>
    </View>
  );
}

export function CoverPage({ report, fontStack }: { report: ReportModel; fontStack: string[] }) {
  const { Page, Text, View } = reactPdf();
  const { cover } = report;
  const details: [string, string][] = [
    ["Organization", cover.organizationName ?? "Not named"],
    [cover.respondents.length === 1 ? "Respondent" : "Respondents", coverRespondents(report).join("\n")],
    ["Report date", cover.dateLabel],
    ["Scoring model", `Version ${cover.modelVersion}`],
    ["Questionnaire", `Version ${cover.questionnaireVersion}`],
  ];
  if (cover.consultantFirmName) details.splice(1, 0, ["Prepared by", cover.consultantFirmName]);
  return (
    <Page size="A4" style={[styles.coverPage, { fontFamily: fontStack }]}>
      <View style={{ backgroundColor: COLORS.brand, paddingHorizontal: 56, paddingTop: 64, paddingBottom: 40, color: "#ffffff" }}>
        <Text style={{ fontSize: 11, fontWeight: 700, letterSpacing: 1.5 }}>ROLEFIT</Text>
        <Text style={{ fontSize: 12, marginTop: 28, opacity: 0.85 }}>{coverSubtitle(report)}</Text>
        <Text
          style={{
            fontSize: cover.organizationName && cover.organizationName.length > 80 ? 16 : 26,
            fontWeight: 700,
            marginTop: 6,
            lineHeight: 1.2,
            ...lineFit(cover.organizationName),
          }}
        >
          {cover.organizationName ?? "Your company"}
        </Text>
        {cover.consultantFirmName ? <Text style={{ fontSize: 11, marginTop: 14, opacity: 0.9, ...lineFit(cover.consultantFirmName) }}>Prepared by {cover.consultantFirmName}</Text> : null}
      </View>

      <View style={{ paddingHorizontal: 56, paddingTop: 36 }}>
        <Text style={{ fontSize: 9, fontWeight: 700, color: COLORS.accent, letterSpacing: 1 }}>RECOMMENDED STRUCTURE</Text>
        <Text style={{ fontSize: 24, fontWeight: 700, marginTop: 4, lineHeight: 1.2 }}>{cover.recommendation}</Text>
        <View style={{ flexDirection: "row", marginTop: 10 }}>
          <Text
            style={{
              fontSize: 9,
              fontWeight: 700,
              color: "#ffffff",
              backgroundColor: CONFIDENCE_COLORS[cover.confidence],
              borderRadius: 3,
              paddingHorizontal: 7,
              paddingVertical: 3,
            }}
          >
            {cover.confidenceLabel}
          </Text>
        </View>
        <Text style={{ fontSize: 11, marginTop: 14, color: COLORS.muted, lineHeight: 1.5 }}>{cover.recommendationDescription}</Text>

        <View style={{ marginTop: 32 }}>
          {details.map(([label, value]) => (
            <DetailRow key={label} label={label} value={value} />
          ))}
        </View>
        {cover.modelNote ? <Text style={{ ...styles.note, marginTop: 10 }}>{cover.modelNote}</Text> : null}
      </View>

      <Text style={{ position: "absolute", left: 56, right: 56, bottom: 36, fontSize: 8, color: COLORS.muted }}>
        Every point of the scores is traced to a cited passage from four published analyses of the CIO and CTO roles. Confidential: prepared
        for the organization named above.
      </Text>
    </Page>
  );
}
