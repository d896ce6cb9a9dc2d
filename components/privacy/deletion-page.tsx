import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The frame of every "Delete …?" page: what goes, what stays, then the one button. */
export function DeletionPage({ title, back, lead, children }: { title: string; back: { href: string; label: string }; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="no-print text-sm">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{title}</h1>
        {lead ? <div className="mt-2 text-lg text-muted">{lead}</div> : null}
      </header>
      <Card className="space-y-5">{children}</Card>
    </div>
  );
}
