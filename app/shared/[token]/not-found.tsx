import { useTranslations } from "next-intl";

/** Unknown, expired and revoked links read alike; there is nowhere in the app to send the visitor. */
export default function SharedReportNotFound() {
  const t = useTranslations("ShareLinks.notFound");
  return (
    <div className="mx-auto max-w-2xl" data-testid="not-found">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">
        <p>{t("body")}</p>
        <p>{t("askAgain")}</p>
      </div>
    </div>
  );
}
