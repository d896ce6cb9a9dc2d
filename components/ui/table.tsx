/**
 * The one data table. It owns what every table repeated by hand: the caption (read by screen
 * readers, hidden on screen), the header row with column scopes, cell padding, row dividers and
 * sideways scrolling on narrow screens. Rows are written by the caller as <tr> with <td> cells
 * (or a <th scope="row"> naming the row); a cell only adds what is its own, such as alignment.
 *
 * "framed" stands alone on a page (a white panel with a tinted header); "plain" sits inside a card.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

export interface Column {
  label: ReactNode;
  align?: "right";
  /** For a sortable column: how the rows are ordered by it now. */
  sort?: "ascending" | "descending" | "none";
}

const VARIANTS = {
  framed: {
    wrapper: "rounded-lg border border-line bg-white shadow-sm",
    head: "border-b border-line bg-canvas",
    cells: "[&_th]:px-4 [&_th]:py-3 [&_td]:px-4 [&_td]:py-3",
  },
  plain: {
    wrapper: "",
    head: "border-b border-line text-muted",
    cells: "[&_th]:pr-4 [&_td]:pr-4 [&_th:last-child]:pr-0 [&_td:last-child]:pr-0 [&_tbody_th]:py-3 [&_tbody_td]:py-3 [&_thead_th]:py-2",
  },
} as const;

const STACK_ON_PHONE = [
  "max-sm:min-w-0 max-sm:[&_thead]:sr-only max-sm:[&_tr]:block max-sm:[&_tr]:px-4 max-sm:[&_tr]:py-3",
  "max-sm:[&_tbody_th]:block max-sm:[&_tbody_th]:p-0 max-sm:[&_tbody_th]:pb-1 max-sm:[&_td]:flex max-sm:[&_td]:gap-3 max-sm:[&_td]:p-0 max-sm:[&_td]:py-1 max-sm:[&_td]:text-left",
  "max-sm:[&_td[data-label]]:before:w-28 max-sm:[&_td[data-label]]:before:shrink-0 max-sm:[&_td[data-label]]:before:text-muted max-sm:[&_td[data-label]]:before:content-[attr(data-label)]",
].join(" ");

export function Table({
  caption,
  columns,
  children,
  variant = "plain",
  minWidth,
  stackOnPhone = false,
  testId,
}: {
  caption: string;
  columns: readonly Column[];
  children: ReactNode;
  variant?: keyof typeof VARIANTS;
  /** A Tailwind min-w-[…] class, for tables that scroll rather than squeeze their columns. */
  minWidth?: string;
  /**
   * On a phone, each row becomes a card: the header row is left to screen readers and each cell is
   * shown under its column's name, taken from the cell's data-label. For tables too wide to scroll through.
   */
  stackOnPhone?: boolean;
  testId?: string;
}) {
  const style = VARIANTS[variant];
  const stacking = stackOnPhone ? STACK_ON_PHONE : "";
  return (
    <ScrollRegion label={caption} className={style.wrapper}>
      <table className={`w-full text-left text-sm ${minWidth ?? ""} ${style.cells} ${stacking}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className={style.head}>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" aria-sort={column.sort} className={`font-semibold ${column.align === "right" ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

function ActionsLabel() {
  const t = useTranslations("Ui");
  return <span className="sr-only">{t("actions")}</span>;
}

/** The header of a column of buttons: named for screen readers, blank on screen. */
export const ACTIONS_COLUMN: Column = { label: <ActionsLabel /> };
