/** Building blocks of the PDF: headings that are never stranded, lists, citations, tables whose rows never split. */
import { reactPdf } from "./react-pdf";
import type { ReactNode } from "react";
import { footerFontData } from "./fonts";
import type { ReportCitation } from "../model";
import { HEADING_PRESENCE, SUBHEADING_PRESENCE, styles } from "./styles";

/** The painter react-pdf hands a Canvas: a chainable subset of the PDF document's drawing methods. */
interface Painter {
  font(data: Buffer): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { width: number; align: "left" | "right"; lineBreak: false }): Painter;
}

/**
 * A Canvas's paint function printing one line in the base font, worked out as its page is
 * painted, after layout: page numbers, which only the final layout knows (page-numbering.ts).
 */
export function paintLine(line: () => string, { fontSize, color, align = "left", top = 0 }: { fontSize: number; color: string; align?: "left" | "right"; top?: number }) {
  return (painter: Painter, width: number) => {
    painter.font(footerFontData()).fontSize(fontSize).fillColor(color).text(line(), 0, top, { width, align, lineBreak: false });
    return null;
  };
}

/** react-pdf supports outline entries (`bookmark`) but its component types do not declare the prop yet. */
function outlineEntry(title: string): object {
  return { bookmark: { title, fit: true } };
}

/**
 * A section heading, kept with the start of what follows. Inside a block that never splits
 * (KeepTogether) the block keeps them together already, and asking react-pdf for both made it
 * draw the block squashed at the foot of a page (a chart's bars over their labels) instead of
 * moving it: pass keepWithNext={false} there.
 */
export function Heading({ children, keepWithNext = true }: { children: string; keepWithNext?: boolean }) {
  const { Text } = reactPdf();
  // The outline entry is also how the contents page learns the heading's page (page-numbering.ts).
  return (
    <Text style={styles.h2} minPresenceAhead={keepWithNext ? HEADING_PRESENCE : undefined} {...outlineEntry(children)}>
      {children}
    </Text>
  );
}

export function Subheading({ children, keepWithNext = true }: { children: string; keepWithNext?: boolean }) {
  const { Text } = reactPdf();
  return (
    <Text style={styles.h3} minPresenceAhead={keepWithNext ? SUBHEADING_PRESENCE : undefined}>
      {children}
    </Text>
  );
}

/** Keeps a heading on the same page as the first block after it, however tall that block is; give the heading keepWithNext={false}. */
export function KeepTogether({ children }: { children: ReactNode }) {
  const { View } = reactPdf();
  return <View wrap={false}>{children}</View>;
}

export function Paragraph({ children }: { children: ReactNode }) {
  const { Text } = reactPdf();
  return <Text style={styles.paragraph}>{children}</Text>;
}

export function Bullet({ children }: { children: ReactNode }) {
  const { Text, View } = reactPdf();
  return (
    <View style={styles.bulletRow} wrap={false}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{children}</Text>
    </View>
  );
}

export function Bullets({ items }: { items: string[] }) {
  const { View } = reactPdf();
  return (
    <View>
      {items.map((item, index) => (
        <Bullet key={index}>{item}</Bullet>
      ))}
    </View>
  );
}

/**
 * A heading and the blocks under it. The heading and the first block are kept together, so a
 * heading never ends a page on its own (minPresenceAhead alone does not move it when the next
 * block cannot be split). A closing note is kept with the last block, so it never opens a page
 * on its own either.
 */
export function HeadedList<T>({
  heading,
  items,
  render,
  empty,
  closing,
}: {
  heading: ReactNode;
  items: T[];
  render: (item: T, index: number) => ReactNode;
  empty?: ReactNode;
  closing?: ReactNode;
}) {
  const { View } = reactPdf();
  const [first, ...rest] = items.map(render);
  if (first === undefined) {
    return (
      <View>
        <KeepTogether>
          {heading}
          {empty}
        </KeepTogether>
      </View>
    );
  }
  if (rest.length === 0) {
    return (
      <View>
        <KeepTogether>
          {heading}
          {first}
          {closing}
        </KeepTogether>
      </View>
    );
  }
  const last = rest.pop();
  return (
    <View>
      <KeepTogether>
        {heading}
        {first}
      </KeepTogether>
      {rest}
      {closing ? (
        <KeepTogether>
          {last}
          {closing}
        </KeepTogether>
      ) : (
        last
      )}
    </View>
  );
}

/**
 * The passages a point rests on, one per line, as a single text block: one layout node
 * instead of a row per citation keeps a 40-driver report fast to lay out.
 */
export function Citations({ items }: { items: ReportCitation[] }) {
  const { Text } = reactPdf();
  if (items.length === 0) return null;
  return (
    <Text style={styles.citations}>
      {items.map((item, index) => (
        <Text key={index}>
          {index > 0 ? "\n" : ""}
          <Text style={styles.citationSource}>{item.source}</Text>
          {"  "}
          <Text style={styles.citationPhrase}>“{item.phrase}”</Text> ({item.location})
        </Text>
      ))}
    </Text>
  );
}

export interface Column {
  title: string;
  /** Share of the table width, 0 to 1. */
  width: number;
  bold?: boolean;
  muted?: boolean;
}

/** A table whose header repeats on every page it spans and whose rows never split across pages. */
export function Table({ columns, rows }: { columns: Column[]; rows: string[][] }) {
  const { Text, View } = reactPdf();
  return (
    <View style={styles.table}>
      <View style={styles.tableHead} fixed>
        {columns.map((column) => (
          <Text key={column.title} style={[styles.tableHeadCell, { width: `${Math.round(column.width * 1000) / 10}%` }]}>
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {columns.map((column, index) => (
            <Text
              key={column.title}
              style={[styles.tableCell, { width: `${Math.round(column.width * 1000) / 10}%` }, column.bold ? styles.bold : {}, column.muted ? { color: "#4a5a6e" } : {}]}
            >
              {row[index] ?? ""}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
