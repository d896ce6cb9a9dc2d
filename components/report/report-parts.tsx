/** Small pieces of the print report: section frames, citations, contribution lists, tables. */
import type { ReactNode } from "react";
import type { ReportCitation, ReportContributions, ReportLabels, ReportSectionId } from "@/lib/report/model";

export function ReportSection({ id, labels, children, lead }: { id: ReportSectionId; labels: ReportLabels; children: ReactNode; lead?: string }) {
  return (
    <section aria-labelledby={`report-${id}`} className="rf-section mt-10">
      <h2 id={`report-${id}`} className="rf-heading text-2xl font-bold tracking-tight text-brand">
        {labels.sections[id]}
      </h2>
      {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function CitationList({ items }: { items: ReportCitation[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-muted">
      {items.map((item, index) => (
        <li key={index}>
          <span className="font-semibold text-brand">{item.source}</span> <q className="italic text-ink">{item.phrase}</q> ({item.location})
        </li>
      ))}
    </ul>
  );
}

export function Contributions({ block }: { block: ReportContributions }) {
  if (block.items.length === 0) return <p>{block.emptyText}</p>;
  return (
    <>
      <ol className="divide-y divide-line border-y border-line">
        {block.items.map((item, index) => (
          <li key={index} className="rf-keep py-3">
            <p className="font-semibold">{item.statement}</p>
            <p className="text-sm text-muted">
              {block.answerLabel}: {item.answer} · <strong className="text-brand">{item.lead}</strong>
            </p>
            {item.reason ? <p className="mt-0.5 text-sm">{item.reason}</p> : null}
            <CitationList items={item.citations} />
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-muted">{block.note}</p>
    </>
  );
}

export function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item, index) => (
        <li key={index} className="rf-keep">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function ReportTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {head.map((cell) => (
            <th key={cell} scope="col" className="py-1.5 pr-4 font-semibold">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="rf-keep">
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="py-1.5 pr-4 align-top font-medium">
                  {cell}
                </th>
              ) : (
                <td key={index} className="py-1.5 pr-4 align-top">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Card({ title, children, tone = "plain" }: { title: ReactNode; children: ReactNode; tone?: "plain" | "warn" }) {
  return (
    <div className={`rf-keep rounded-md border p-4 ${tone === "warn" ? "border-warn/40 bg-warn-soft" : "border-line"}`}>
      <p className="font-semibold">{title}</p>
      <div className="mt-1 text-sm">{children}</div>
    </div>
  );
}
