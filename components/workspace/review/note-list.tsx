import type { ReviewNote } from "@/lib/services/result-review";
import { formatDateTime, personLabel } from "@/components/workspace/format";

export function NoteList({ notes, truncated }: { notes: ReviewNote[]; truncated: boolean }) {
  if (notes.length === 0) return <p className="text-sm text-muted">No notes yet.</p>;
  return (
    <>
      <ol className="space-y-4" aria-label="Notes, newest first" data-testid="note-list">
        {notes.map((note) => (
          <li key={note.id} className="rounded-md border border-line px-4 py-3" data-testid="note">
            <p className="text-sm text-muted">
              <span className="font-semibold text-ink">{personLabel(note.author)}</span> · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">{note.body}</p>
          </li>
        ))}
      </ol>
      {truncated ? <p className="mt-2 text-sm text-muted">Only the {notes.length} most recent notes are shown.</p> : null}
    </>
  );
}
