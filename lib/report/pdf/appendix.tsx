/** The PDF's appendices: every answer, the methodology in brief, the sources. */
import { reactPdf } from "./react-pdf";
import type { ReportModel } from "../model";
import { Heading, KeepTogether, Paragraph, Subheading, Table } from "./primitives";
import { COLORS, styles } from "./styles";

/** Answer sections up to this many rows are never split across pages. */
const WHOLE_SECTION_ROWS = 12;

export function AnswersAppendix({ report }: { report: ReportModel }) {
  const { View } = reactPdf();
  return (
    <View>
      <Heading>{report.labels.sections.answers}</Heading>
      {report.answers.map((group, groupIndex) => (
        <View key={groupIndex}>
          {group.sections.map((section, sectionIndex) => (
            // A short section moves to the next page whole rather than leave its title and the
            // table's head alone at the foot of a page; a long one splits between rows. The
            // respondent's name travels with their first section.
            <View key={section.title} wrap={section.items.length > WHOLE_SECTION_ROWS}>
              {group.respondent && sectionIndex === 0 ? <Subheading keepWithNext={false}>{group.respondent}</Subheading> : null}
              <Subheading keepWithNext={section.items.length > WHOLE_SECTION_ROWS}>{section.title}</Subheading>
              <Table
                columns={[
                  { title: report.labels.table.question, width: 0.55 },
                  { title: report.labels.table.answer, width: 0.45, bold: true },
                ]}
                rows={section.items.map((item) => [item.question, item.answer])}
              />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export function MethodologyAppendix({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  const { methodology } = report;
  return (
    <View>
      <Heading>{report.labels.sections.methodology}</Heading>
      {methodology.paragraphs.map((paragraph, index) => (
        <Paragraph key={index}>{paragraph}</Paragraph>
      ))}
      <Paragraph>
        <Text style={styles.bold}>{report.labels.methodology.confidence} </Text>
        {methodology.confidenceRule}
      </Paragraph>
      <Subheading>{report.labels.methodology.structures}</Subheading>
      {methodology.structures.map((structure) => (
        <View key={structure.name} style={{ marginBottom: 6 }} wrap={false}>
          <Text style={styles.bold}>{structure.name}</Text>
          <Text style={{ color: COLORS.muted }}>{structure.description}</Text>
        </View>
      ))}
      {/* Eight short rows: the table moves to the next page whole, with its title, rather than leave a few rows alone on a page. */}
      <KeepTogether>
        <Subheading keepWithNext={false}>{report.labels.methodology.dimensions}</Subheading>
        <Table
          columns={[
            { title: report.labels.table.dimension, width: 0.5, bold: true },
            { title: report.labels.table.strength, width: 0.3 },
            { title: report.labels.table.informed, width: 0.2 },
          ]}
          rows={methodology.dimensions.map((dimension) => [dimension.label, dimension.value, dimension.coverage])}
        />
      </KeepTogether>
    </View>
  );
}

export function SourcesAppendix({ report }: { report: ReportModel }) {
  const { Text, View } = reactPdf();
  return (
    <View>
      <Heading>{report.labels.sections.sources}</Heading>
      {report.sources.map((source) => (
        <View key={source.id} style={{ flexDirection: "row", marginBottom: 8 }} wrap={false}>
          <Text style={{ width: 28, fontWeight: 700, color: COLORS.brand }}>{source.id}</Text>
          <View style={{ flex: 1 }}>
            <Text style={styles.bold}>{source.title}</Text>
            <Text style={styles.small}>{source.publisher}</Text>
            <Text style={{ marginTop: 2 }}>{source.contributes}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
