import type { AuditEntry } from "@/lib/services/audit";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { StructureId } from "@/lib/scoring/types";
import { labelOf } from "@/lib/validation/organizations";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";
import { formatDateTime } from "@/components/workspace/format";

/** Details are stored JSON: read each value defensively, so an unexpected one shows as text. */
function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function structure(value: unknown): string {
  const id = text(value);
  return STRUCTURES[id as StructureId]?.name ?? (id || "an unknown structure");
}

function status(value: unknown): string {
  return labelOf(REVIEW_STATUSES, text(value)) ?? (text(value) || "unknown");
}

/** What happened, in a sentence; the justification of an override is quoted after it. */
export function describeAuditEntry(entry: AuditEntry): { summary: string; quote: string | null } {
  const { detail } = entry;
  switch (entry.action) {
    case "note.added":
      return { summary: `Added a note (${text(detail.length) || "?"} characters).`, quote: null };
    case "status.changed":
      return { summary: `Changed the status from ${status(detail.from)} to ${status(detail.to)}.`, quote: null };
    case "override.set":
      return { summary: `Overrode the recommendation: ${structure(detail.to)} instead of ${structure(detail.from)}.`, quote: text(detail.justification) || null };
    case "override.cleared":
      return { summary: `Removed the override of ${structure(detail.from)}; the model's ${structure(detail.to)} applies again.`, quote: null };
    case "share.created":
      return { summary: `Created a read-only share link, valid for ${text(detail.expiresInDays) || "?"} days.`, quote: null };
    case "share.revoked":
      return { summary: "Revoked a share link.", quote: null };
    case "weights.changed":
      return { summary: "Changed the organization's role weights.", quote: null };
    case "branding.changed":
      return { summary: "Changed the consulting firm's name or logo on the organization's reports.", quote: null };
    case "logo.removed":
      return { summary: "Removed the consulting firm's logo from the organization's reports.", quote: null };
    case "token.created":
      return { summary: `Created the API token "${text(detail.name)}".`, quote: null };
    case "token.revoked":
      return { summary: "Revoked an API token.", quote: null };
    case "result.deleted":
      return { summary: `Deleted result ${text(detail.resultId)}.`, quote: null };
    case "account.deleted":
      return { summary: "Deleted an account.", quote: null };
    case "organization.deleted":
      return { summary: `Deleted organization ${text(detail.organizationId)}.`, quote: null };
    default:
      return { summary: `Recorded "${text(entry.action)}".`, quote: null };
  }
}

export function AuditTrail({ entries, truncated }: { entries: AuditEntry[]; truncated: boolean }) {
  if (entries.length === 0) return <p className="text-sm text-muted">Nothing has been changed on this result yet.</p>;
  return (
    <>
      <ol className="divide-y divide-line text-sm" aria-label="Audit trail, newest first" data-testid="audit-trail">
        {entries.map((entry) => {
          const { summary, quote } = describeAuditEntry(entry);
          return (
            <li key={entry.id} className="py-3" data-testid="audit-entry" data-action={entry.action}>
              <p className="text-muted">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> · <span className="font-semibold text-ink">{entry.actorLabel}</span>
              </p>
              <p className="mt-1">{summary}</p>
              {quote ? <blockquote className="mt-1 whitespace-pre-wrap break-words border-l-2 border-line pl-3 text-muted">{quote}</blockquote> : null}
            </li>
          );
        })}
      </ol>
      {truncated ? <p className="mt-2 text-sm text-muted">Only the {entries.length} most recent changes are shown.</p> : null}
    </>
  );
}
