/** The whole PDF: the cover, then the body pages with a running footer and page numbers. */
import { reactPdf } from "./react-pdf";
import type { ReportModel } from "../model";
import { AnswersAppendix, MethodologyAppendix, SourcesAppendix } from "./appendix";
import { CoverPage } from "./cover";
import { ChangeSection, CounterSection, DisagreementsSection, DriversSection, PracticeSections, RevisitSection, ScoresSection, SummarySection } from "./sections";
import { footerFontData } from "./fonts";
import { StructureChartSection, TransitionSection } from "./structure";
import { nextFooterLabel, type PageNumbering } from "./page-numbering";
import { COLORS, lineFit, styles } from "./styles";

/** The painter react-pdf hands a Canvas: a chainable subset of the PDF document's drawing methods. */
interface FooterPainter {
  font(data: Buffer): FooterPainter;
  fontSize(size: number): FooterPainter;
  fillColor(color: string): FooterPainter;
  text(text: string, x: number, y: number, options: { width: number; align: "right"; lineBreak: false }): FooterPainter;
}

export function RunningFooter({ report, numbering }: { report: ReportModel; numbering: PageNumbering }) {
  const { Canvas, Text, View } = reactPdf();
  const paintPageNumber = (painter: FooterPainter, width: number) => {
    painter.font(footerFontData()).fontSize(styles.footerPage.fontSize).fillColor(COLORS.muted).text(nextFooterLabel(numbering), 0, 0, { width, align: "right", lineBreak: false });
    return null;
  };
  return (
    <>
      <View style={styles.footerRule} fixed />
      <Text style={[styles.footerTitle, lineFit(report.cover.organizationName)]} fixed>
        Rolefit · {report.cover.organizationName ?? "Technology leadership recommendation"} · {report.cover.dateLabel}
      </Text>
      <Canvas style={styles.footerPage} fixed paint={paintPageNumber} />
    </>
  );
}

export function ReportDocument({ report, fontStack, numbering }: { report: ReportModel; fontStack: string[]; numbering: PageNumbering }) {
  const { Document, Page, View } = reactPdf();
  const pageStyle = [styles.page, { fontFamily: fontStack }];
  const groups = [
    [<SummarySection key="summary" report={report} />, <ScoresSection key="scores" report={report} />],
    [<DriversSection key="drivers" report={report} />],
    [<CounterSection key="counter" report={report} />],
    [<ChangeSection key="change" report={report} />],
    [
      <StructureChartSection key="structure" report={report} />,
      <PracticeSections key="practice" report={report} />,
      <TransitionSection key="transition" report={report} />,
      <RevisitSection key="revisit" report={report} />,
      <DisagreementsSection key="disagreements" report={report} />,
    ],
    [<AnswersAppendix key="answers" report={report} />, <MethodologyAppendix key="methodology" report={report} />, <SourcesAppendix key="sources" report={report} />],
  ];
  return (
    <Document
      title={report.meta.title}
      author={report.meta.author}
      subject={report.meta.subject}
      keywords={report.meta.keywords.join(", ")}
      creator="Rolefit"
      producer="Rolefit"
      language="en"
      creationDate={new Date(report.cover.generatedAt)}
      pageMode="useOutlines"
    >
      <CoverPage report={report} fontStack={fontStack} numbering={numbering} />
      {/*
        Each group starts on a fresh page. Besides reading well, this keeps PDF generation fast:
        react-pdf lays out everything after a page break again, so one long flow of pages costs
        far more than several short ones.
      */}
      {groups.map((group, index) => (
        <Page key={index} size="A4" style={pageStyle} wrap>
          <RunningFooter report={report} numbering={numbering} />
          <View style={styles.body}>{group}</View>
        </Page>
      ))}
    </Document>
  );
}
