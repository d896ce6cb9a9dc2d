import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/services/audit";
import { structuresIn } from "@/lib/scoring/translations/localize";
import type { Locale } from "@/lib/i18n/locales";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import type { StructureId } from "@/lib/scoring/types";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";
import { formatDateTime } from "@/components/workspace/format";

/** Details are stored JSON: read each value defensively, so an unexpected one shows as text. */
function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

type Translate = ReturnType<typeof useTranslations<"Review">>;

/** What happened, in a sentence; the justification of an override is quoted after it. */
function describeAuditEntry(entry: AuditEntry, t: Translate, names: Record<StructureId, { name: string }>, locale: Locale): { summary: string; quote: string | null } {
  const { detail } = entry;
  const structure = (value: unknown) => {
    const name = names[text(value) as StructureId]?.name;
    return name ? structureNameInSentence(name, locale) : text(value) || t("audit.unknownStructure");
  };
  const status = (value: unknown) => {
    const found = REVIEW_STATUSES.find((candidate) => candidate.id === text(value));
    return found ? t(`statuses.${found.id}`) : text(value) || t("audit.unknownStatus");
  };
  switch (entry.action) {
    case "note.added":
      return { summary: t("audit.noteAdded", { length: text(detail.length) || "?" }), quote: null };
    case "status.changed":
      return { summary: t("audit.statusChanged", { from: status(detail.from), to: status(detail.to) }), quote: null };
    case "override.set":
      return { summary: t("audit.overrideSet", { to: structure(detail.to), from: structure(detail.from) }), quote: text(detail.justification) || null };
    case "override.cleared":
      return { summary: t("audit.overrideCleared", { from: structure(detail.from), to: structure(detail.to) }), quote: null };
    case "share.created":
      return { summary: t("audit.shareCreated", { days: text(detail.expiresInDays) || "?" }), quote: null };
    case "share.revoked":
      return { summary: t("audit.shareRevoked"), quote: null };
    case "weights.changed":
      return { summary: t("audit.weightsChanged"), quote: null };
    case "branding.changed":
      return { summary: t("audit.brandingChanged"), quote: null };
    case "logo.removed":
      return { summary: t("audit.logoRemoved"), quote: null };
    case "token.created":
      return { summary: t("audit.tokenCreated", { name: text(detail.name) }), quote: null };
    case "token.revoked":
      return { summary: t("audit.tokenRevoked"), quote: null };
    case "webhook.created":
      return { summary: t("audit.webhookCreated", { origin: text(detail.origin) }), quote: null };
    case "webhook.deleted":
      return { summary: t("audit.webhookDeleted", { origin: text(detail.origin) }), quote: null };
    case "webhook.secret_rotated":
      return { summary: t("audit.webhookSecretRotated", { origin: text(detail.origin) }), quote: null };
    case "engagement.created":
      return { summary: t("audit.engagementCreated", { name: text(detail.engagement), people: Number(detail.people) || 0 }), quote: null };
    case "engagement.closed":
      return { summary: t("audit.engagementClosed", { name: text(detail.engagement) }), quote: null };
    case "engagement.person_added":
      return { summary: t("audit.engagementPersonAdded", { name: text(detail.engagement) }), quote: null };
    case "engagement.person_readdressed":
      return { summary: t("audit.engagementPersonReaddressed", { name: text(detail.engagement) }), quote: null };
    case "engagement.person_removed":
      return { summary: t(detail.keptResult === true ? "audit.engagementPersonRemovedKept" : "audit.engagementPersonRemoved", { name: text(detail.engagement) }), quote: null };
    case "result.deleted":
      return { summary: t("audit.resultDeleted", { id: text(detail.resultId) }), quote: null };
    case "account.deleted":
      return { summary: t("audit.accountDeleted"), quote: null };
    case "organization.deleted":
      return { summary: t("audit.organizationDeleted", { id: text(detail.organizationId) }), quote: null };
    default:
      return { summary: t("audit.recorded", { action: text(entry.action) }), quote: null };
  }
}

/**
 * A trail of changes, newest first. On a result's page every entry is about that result; on an
 * organization's record (`linkResults`) an entry made on a result links to it.
 */
export function AuditTrail({ entries, truncated, empty, linkResults = false }: { entries: AuditEntry[]; truncated: boolean; empty?: string; linkResults?: boolean }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  if (entries.length === 0) return <p className="text-sm text-muted">{empty ?? t("audit.empty")}</p>;
  const names = structuresIn(locale);
  return (
    <>
      <ol className="divide-y divide-line text-sm" aria-label={t("audit.label")} data-testid="audit-trail">
        {entries.map((entry) => {
          const { summary, quote } = describeAuditEntry(entry, t, names, locale);
          return (
            <li key={entry.id} className="py-3" data-testid="audit-entry" data-action={entry.action}>
              <p className="text-muted">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, locale)}</time> · <span className="font-semibold text-ink">{entry.actorLabel}</span>
              </p>
              <p className="mt-1">
                {summary}
                {linkResults && entry.resultId ? (
                  <>
                    {" "}
                    <Link href={`/workspace/results/${entry.resultId}`}>{t("audit.openResult")}</Link>
                  </>
                ) : null}
              </p>
              {quote ? <blockquote className="mt-1 whitespace-pre-wrap break-words border-l-2 border-line pl-3 text-muted">{quote}</blockquote> : null}
            </li>
          );
        })}
      </ol>
      {truncated ? <p className="mt-2 text-sm text-muted">{t("audit.truncated", { count: entries.length })}</p> : null}
    </>
  );
}
