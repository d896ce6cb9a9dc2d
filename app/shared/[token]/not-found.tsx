/** Unknown, expired and revoked links read alike; there is nowhere in the app to send the visitor. */
export default function SharedReportNotFound() {
  return (
    <div className="mx-auto max-w-2xl" data-testid="not-found">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Link not working</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This link has expired or was revoked</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">
        <p>Shared report links work for a limited time, and the person who shared one can withdraw it.</p>
        <p>If you still need the report, ask the person who sent you the link for a new one. Check too that you copied all of it.</p>
      </div>
    </div>
  );
}
