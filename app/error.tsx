"use client";

import { useTranslations } from "next-intl";
import { unreadableExplanation } from "@/lib/http/error-digest";

/**
 * A page that failed on the server. A stored result this version cannot read says which one, so
 * the person can tell support; anything else gets the generic apology and its reference.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations("Errors");
  const explanation = unreadableExplanation(error.digest);
  return (
    <div className="mx-auto max-w-2xl" data-testid="page-error">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{explanation ? t("unreadableTitle") : t("failedTitle")}</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">
        {explanation ? (
          <p data-testid="unreadable-result">{t("unreadable", { explanation })}</p>
        ) : (
          <p>
            {t("failed")}
            {error.digest ? ` ${t("reference", { digest: error.digest })}` : ""}
          </p>
        )}
      </div>
    </div>
  );
}
