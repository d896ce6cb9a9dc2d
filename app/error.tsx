"use client";

import { unreadableExplanation } from "@/lib/http/error-digest";

/**
 * A page that failed on the server. A stored result this version cannot read says which one, so
 * the person can tell support; anything else gets the generic apology and its reference.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const explanation = unreadableExplanation(error.digest);
  return (
    <div className="mx-auto max-w-2xl" data-testid="page-error">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{explanation ? "This result can't be shown" : "This page could not be shown"}</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">
        {explanation ? (
          <p data-testid="unreadable-result">{explanation} Your other results are not affected; tell your Rolefit administrator which result this is.</p>
        ) : (
          <p>Something went wrong on our side. Your saved answers are safe; try again.{error.digest ? ` Reference: ${error.digest}.` : ""}</p>
        )}
      </div>
    </div>
  );
}
