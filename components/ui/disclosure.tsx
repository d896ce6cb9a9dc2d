import type { ReactNode } from "react";

/**
 * A collapsed section for a less common task. It opens itself once its form has an outcome: after
 * a form post without JavaScript the page is drawn afresh, and an error inside a closed section
 * would go unseen.
 */
export function Disclosure({ summary, open, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="rounded-md border border-line" open={open || undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand">{summary}</summary>
      <div className="border-t border-line p-4">{children}</div>
    </details>
  );
}
