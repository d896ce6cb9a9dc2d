/** The PDF's type scale, colours and spacing: A4, Inter, the app's brand colours. */

export const COLORS = {
  ink: "#0f1f33",
  muted: "#4a5a6e",
  line: "#d5dde7",
  canvas: "#f6f8fb",
  brand: "#1d4e89",
  brandSoft: "#e6eef8",
  accent: "#0f766e",
  warn: "#8a5a00",
  warnSoft: "#fff4d6",
  bar: "#9aa8b8",
} as const;

export const PAGE_MARGIN = { top: 56, side: 56, bottom: 72 } as const;

/** Space a heading needs below it on the same page, else it moves to the next one. */
export const HEADING_PRESENCE = 90;
export const SUBHEADING_PRESENCE = 60;

export const styles = {
  // No lineHeight on the page: react-pdf drops a page-number text that inherits one, so the
  // body's line height sits on the wrapper View inside each page instead.
  page: {
    fontSize: 10,
    color: COLORS.ink,
    paddingTop: PAGE_MARGIN.top,
    paddingBottom: PAGE_MARGIN.bottom,
    paddingHorizontal: PAGE_MARGIN.side,
  },
  coverPage: {
    fontSize: 10,
    color: COLORS.ink,
    padding: 0,
  },
  body: { fontSize: 10, lineHeight: 1.45 },
  footerRule: {
    position: "absolute",
    left: PAGE_MARGIN.side,
    right: PAGE_MARGIN.side,
    bottom: 46,
    borderTopWidth: 0.75,
    borderTopColor: COLORS.line,
  },
  footerTitle: {
    position: "absolute",
    left: PAGE_MARGIN.side,
    right: PAGE_MARGIN.side + 90,
    bottom: 30,
    fontSize: 8,
    lineHeight: 1.3,
    color: COLORS.muted,
    maxLines: 1,
    textOverflow: "ellipsis",
  },
  footerPage: {
    position: "absolute",
    right: PAGE_MARGIN.side,
    bottom: 30,
    width: 80,
    height: 11,
    fontSize: 8,
    color: COLORS.muted,
  },
  h2: { fontSize: 16, fontWeight: 700, color: COLORS.brand, marginTop: 22, marginBottom: 8, lineHeight: 1.25 },
  contentsTitle: { fontSize: 20, fontWeight: 700, color: COLORS.brand, marginBottom: 18, lineHeight: 1.25 },
  contentsEntry: { flexDirection: "row", alignItems: "flex-start", paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: COLORS.line },
  contentsRow: { fontSize: 11 },
  h3: { fontSize: 11.5, fontWeight: 700, marginTop: 12, marginBottom: 4, lineHeight: 1.3 },
  lead: { color: COLORS.muted, marginBottom: 8 },
  paragraph: { marginBottom: 7 },
  summaryParagraph: { marginBottom: 8, fontSize: 10.5, lineHeight: 1.5 },
  small: { fontSize: 8.5, color: COLORS.muted },
  note: { fontSize: 8.5, color: COLORS.muted, marginTop: 6 },
  bold: { fontWeight: 700 },
  bulletRow: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 12, color: COLORS.brand },
  bulletText: { flex: 1 },
  citations: { fontSize: 8, lineHeight: 1.5, color: COLORS.muted, marginTop: 2 },
  citationSource: { fontWeight: 700, color: COLORS.brand },
  citationPhrase: { fontStyle: "italic", color: COLORS.ink },
  item: { paddingVertical: 7, borderBottomWidth: 0.5, borderBottomColor: COLORS.line },
  itemTop: { borderTopWidth: 0.5, borderTopColor: COLORS.line },
  itemStatement: { fontWeight: 600 },
  itemLead: { fontWeight: 700, color: COLORS.brand },
  itemAnswer: { fontSize: 9, color: COLORS.muted, marginTop: 1, marginBottom: 1 },
  itemReason: { fontSize: 9, marginBottom: 1 },
  table: { borderTopWidth: 0.75, borderTopColor: COLORS.ink, marginTop: 4 },
  tableHead: { flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: COLORS.ink, paddingVertical: 4 },
  tableHeadCell: { fontWeight: 700, fontSize: 9, paddingRight: 8 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.line, paddingVertical: 4 },
  tableCell: { fontSize: 9, paddingRight: 8 },
  card: { borderWidth: 0.75, borderColor: COLORS.line, borderRadius: 4, padding: 10, marginBottom: 8 },
  cardTitle: { fontWeight: 700, marginBottom: 3 },
  warnCard: { backgroundColor: COLORS.warnSoft, borderRadius: 4, padding: 10, marginBottom: 8 },
  chartRow: { marginBottom: 10 },
  chartLabels: { flexDirection: "row", justifyContent: "space-between", marginBottom: 3 },
  chartName: { flexGrow: 1, flexShrink: 1, paddingRight: 6 },
  chartTrack: { height: 12, backgroundColor: COLORS.canvas, borderRadius: 3, borderWidth: 0.5, borderColor: COLORS.line },
  chartBar: { height: 11, borderRadius: 3 },
  chartAxis: { flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: COLORS.muted, marginTop: -4, marginBottom: 8 },
} as const;

/** Scripts set in fonts whose line metrics differ from Inter's: Arabic (and other right-to-left) and emoji. */
const TALL_SCRIPTS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\p{Extended_Pictographic}/u;

/**
 * Line spacing for text that may hold user input. A fixed line height overlaps lines when a
 * fallback font with taller metrics (Noto Sans Arabic, Noto Emoji) sets part of a line, so such
 * text takes each line's natural height instead (react-pdf reads a line height of 0 as unset,
 * which also overrides an inherited one).
 */
export function lineFit(text: string | null | undefined): { lineHeight?: number } {
  return text && TALL_SCRIPTS.test(text) ? { lineHeight: 0 } : {};
}
