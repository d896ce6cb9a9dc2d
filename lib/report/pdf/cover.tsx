/** The PDF's first page: who the report is for, the recommendation and confidence, and the versions behind them. */
import { reactPdf } from "./react-pdf";
import { coverConfidenceLabel, coverRespondents, coverSubtitle, fillLabel, recommendedLabel, type ReportLabels, type ReportModel } from "../model";
import type { ReportReview } from "../review";
import { coverLengthLabel, type PageNumbering } from "./page-numbering";
import { paintLine } from "./primitives";
import { COLORS, lineFit, styles } from "./styles";

const CONFIDENCE_COLORS = { high: COLORS.accent, moderate: COLORS.brand, low: COLORS.warn } as const;

const DETAIL_ROW = { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: COLORS.line } as const;
const LINE_HEIGHT = 1.4;
const DETAIL_TEXT = { fontSize: 10, lineHeight: LINE_HEIGHT } as const;
const DETAIL_LABEL = { ...DETAIL_TEXT, width: 130, color: COLORS.muted } as const;

function DetailRow({ label, value }: { label: string; value: string }) {
  const { Text, View } = reactPdf();
  return (
    <View style={DETAIL_ROW} wrap={false}>
      <Text style={DETAIL_LABEL}>{label}</Text>
      <Text style={{ ...DETAIL_TEXT, flex: 1, ...lineFit(value) }}>{value}</Text>
    </View>
  );
}

/** A long organization name gets a smaller title, so the cover still fits one page with a logo and several respondents. */
function titleSize(name: string | null): number {
  const length = name?.length ?? 0;
  return length > 160 ? 13 : length > 80 ? 16 : 26;
}

/** The date and the report's length, painted once the whole document is laid out. */
function DateRow({ dateLabel, numbering, labels }: { dateLabel: string; numbering: PageNumbering; labels: ReportLabels }) {
  const { Canvas, Text, View } = reactPdf();
  const paintDateAndLength = paintLine(() => `${dateLabel} · ${coverLengthLabel(numbering, labels.document)}`, { fontSize: DETAIL_TEXT.fontSize, color: COLORS.ink });
  return (
    <View style={DETAIL_ROW} wrap={false}>
      <Text style={DETAIL_LABEL}>{labels.cover.reportDate}</Text>
      <Canvas style={{ flex: 1, height: DETAIL_TEXT.fontSize * LINE_HEIGHT }} paint={paintDateAndLength} />
    </View>
  );
}

/** "Prepared by <firm>" in the blue band, after the firm's logo on a white plate, so a dark logo stays visible. */
function PreparedBy({ cover, labels }: { cover: ReportModel["cover"]; labels: ReportLabels }) {
  const { Image, Text, View } = reactPdf();
  const { consultantFirmName: name, consultantFirmLogo: logo } = cover;
  if (!name && !logo) return null;
  const text = name ? <Text style={{ fontSize: 11, opacity: 0.9, lineHeight: LINE_HEIGHT, ...lineFit(name) }}>{fillLabel(labels.cover.preparedByFirm, { firm: name })}</Text> : null;
  if (!logo) return <View style={{ marginTop: 14 }}>{text}</View>;
  return (
    <View style={{ marginTop: 16, flexDirection: "row", alignItems: "center" }} wrap={false}>
      <View style={{ backgroundColor: "#ffffff", borderRadius: 4, padding: 6 }}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt text: the PDF is untagged, and "Prepared by" names the firm in text. */}
        <Image src={logo.src} style={{ width: logo.width, height: logo.height, objectFit: "contain" }} />
      </View>
      {text ? <View style={{ flex: 1, marginLeft: 14 }}>{text}</View> : null}
    </View>
  );
}

const BADGE_COLORS = { draft: COLORS.warn, reviewed: COLORS.accent, not_reviewed: COLORS.muted } as const;

/** Draft or reviewed and by whom, then a consultant's override with the model's recommendation and the reason beside it. */
function ReviewBlock({ review, labels }: { review: ReportReview; labels: ReportLabels }) {
  const { Text, View } = reactPdf();
  const { override } = review;
  return (
    <View>
      {review.statusLine ? (
        <View style={{ flexDirection: "row", alignItems: "flex-start", marginTop: 8 }} wrap={false}>
          {review.badge ? (
            <Text
              style={{
                fontSize: 8,
                fontWeight: 700,
                color: BADGE_COLORS[review.state],
                borderWidth: 0.75,
                borderColor: BADGE_COLORS[review.state],
                borderRadius: 3,
                paddingHorizontal: 5,
                paddingVertical: 2,
                marginRight: 8,
                lineHeight: LINE_HEIGHT,
              }}
            >
              {review.badge.toUpperCase()}
            </Text>
          ) : null}
          <Text style={{ fontSize: 10, color: COLORS.muted, flex: 1, lineHeight: LINE_HEIGHT }}>{review.statusLine}</Text>
        </View>
      ) : null}
      {override ? (
        <View style={{ marginTop: 10, padding: 10, borderLeftWidth: 2, borderLeftColor: COLORS.warn, backgroundColor: COLORS.warnSoft }} wrap={false}>
          <Text style={{ fontSize: 10, lineHeight: LINE_HEIGHT }}>
            <Text style={{ fontWeight: 700 }}>{fillLabel(labels.cover.modelRecommends, { structure: override.modelRecommendation })}</Text>{" "}
            {fillLabel(labels.cover.consultantGaveReason, { byline: override.byline })}
          </Text>
          <Text style={{ fontSize: 10, marginTop: 4, lineHeight: LINE_HEIGHT, ...lineFit(override.justification) }}>{override.justification}</Text>
        </View>
      ) : null}
    </View>
  );
}

export function CoverPage({ report, fontStack, numbering }: { report: ReportModel; fontStack: string[]; numbering: PageNumbering }) {
  const { Page, Text, View } = reactPdf();
  const { cover, labels } = report;
  const words = labels.cover;
  const who: [string, string][] = [
    [words.organization, cover.organizationName ?? words.notNamed],
    [cover.respondents.length === 1 ? words.respondent : words.respondents, coverRespondents(report).join("\n")],
  ];
  if (cover.consultantFirmName) who.splice(1, 0, [words.preparedBy, cover.consultantFirmName]);
  const versions: [string, string][] = [
    [words.scoringModel, fillLabel(words.version, { version: cover.modelVersion })],
    [words.questionnaire, fillLabel(words.version, { version: cover.questionnaireVersion })],
  ];
  return (
    <Page size="A4" style={[styles.coverPage, { fontFamily: fontStack }]}>
      <View style={{ backgroundColor: COLORS.brand, paddingHorizontal: 56, paddingTop: 64, paddingBottom: 40, color: "#ffffff" }}>
        <Text style={{ fontSize: 11, fontWeight: 700, letterSpacing: 1.5, lineHeight: LINE_HEIGHT }}>ROLEFIT</Text>
        <Text style={{ fontSize: 12, marginTop: 28, opacity: 0.85, lineHeight: LINE_HEIGHT }}>{coverSubtitle(report)}</Text>
        <Text
          style={{
            fontSize: titleSize(cover.organizationName),
            fontWeight: 700,
            marginTop: 6,
            lineHeight: 1.2,
            ...lineFit(cover.organizationName),
          }}
        >
          {cover.organizationName ?? words.yourCompany}
        </Text>
        <PreparedBy cover={cover} labels={labels} />
      </View>

      <View style={{ paddingHorizontal: 56, paddingTop: 36 }}>
        <Text style={{ fontSize: 9, fontWeight: 700, color: COLORS.accent, letterSpacing: 1, lineHeight: LINE_HEIGHT }}>{recommendedLabel(cover, labels).toUpperCase()}</Text>
        <Text style={{ fontSize: 24, fontWeight: 700, marginTop: 4, lineHeight: 1.2 }}>{cover.recommendation}</Text>
        <ReviewBlock review={cover.review} labels={labels} />
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
              lineHeight: LINE_HEIGHT,
            }}
          >
            {coverConfidenceLabel(cover, report.locale)}
          </Text>
        </View>
        <Text style={{ fontSize: 11, marginTop: 14, color: COLORS.muted, lineHeight: 1.5 }}>{cover.recommendationDescription}</Text>

        <View style={{ marginTop: 32 }}>
          {who.map(([label, value]) => (
            <DetailRow key={label} label={label} value={value} />
          ))}
          <DateRow dateLabel={cover.dateLabel} numbering={numbering} labels={labels} />
          {versions.map(([label, value]) => (
            <DetailRow key={label} label={label} value={value} />
          ))}
        </View>
        {cover.modelNote ? <Text style={{ ...styles.note, lineHeight: LINE_HEIGHT, marginTop: 10 }}>{cover.modelNote}</Text> : null}
      </View>

      {/* In the flow below a spacer rather than pinned to the foot, so a long name or firm cannot push the details over it. */}
      <View style={{ flexGrow: 1 }} />
      <Text style={{ marginHorizontal: 56, marginTop: 12, marginBottom: 32, fontSize: 8, lineHeight: LINE_HEIGHT, color: COLORS.muted }}>
        {words.confidential}
      </Text>
    </Page>
  );
}
