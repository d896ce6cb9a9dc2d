import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6 ${className}`}>{children}</div>;
}

export function SectionHeading({ id, children, lead }: { id?: string; children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-4">
      <h2 id={id} className="text-xl font-semibold tracking-tight text-ink">
        {children}
      </h2>
      {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
    </div>
  );
}
