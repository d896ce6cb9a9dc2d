import { useLocale, useTranslations } from "next-intl";
import type { ReviewNote } from "@/lib/services/result-review";
import { formatDateTime, personLabel } from "@/components/workspace/format";

export function NoteList({ notes, truncated }: { notes: ReviewNote[]; truncated: boolean }) {
  const t = useTranslations("Review.notes");
  const locale = useLocale();
  if (notes.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <>
      <ol className="space-y-4" aria-label={t("label")} data-testid="note-list">
        {notes.map((note) => (
          <li key={note.id} className="rounded-md border border-line px-4 py-3" data-testid="note">
            <p className="text-sm text-muted">
              <span className="font-semibold text-ink">{personLabel(note.author)}</span> · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, locale)}</time>
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">{note.body}</p>
          </li>
        ))}
      </ol>
      {truncated ? <p className="mt-2 text-sm text-muted">{t("truncated", { count: notes.length })}</p> : null}
    </>
  );
}
