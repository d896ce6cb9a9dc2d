import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Deleted", robots: { index: false, follow: false } };

const MESSAGES = {
  account: { title: "Your account has been deleted", body: "Your name, email, sign-in details and sessions are gone, on every device." },
  result: { title: "Your answers and result have been deleted", body: "The private link no longer opens anything, and share links to the report have stopped working." },
  draft: { title: "Your draft has been deleted", body: "The private link no longer opens anything." },
} as const;

/** Where a deletion lands once the thing it was about no longer exists. */
export default async function DeletedPage({ searchParams }: { searchParams: Promise<{ what?: string }> }) {
  const { what } = await searchParams;
  const message = what === "account" || what === "result" || what === "draft" ? MESSAGES[what] : { title: "Deleted", body: "What you deleted is gone." };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{message.title}</h1>
      <Notice tone="success" role="status">
        {message.body}
      </Notice>
      <p>
        <Link href="/">Back to Rolefit</Link> · <Link href="/privacy">How Rolefit handles your data</Link>
      </p>
    </div>
  );
}
