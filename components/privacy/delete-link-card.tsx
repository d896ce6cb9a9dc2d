import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The way to a deletion's confirmation page: last on the page, plainly labelled, never one click from gone. */
export function DeleteLinkCard({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  return (
    <Card className="no-print">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-2 text-muted">{children}</p>
      <p className="mt-3">
        <Link href={href} className="font-semibold text-danger">
          {title}…
        </Link>
      </p>
    </Card>
  );
}
