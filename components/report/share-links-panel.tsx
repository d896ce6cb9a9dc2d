/**
 * Read-only share links to a result's report: create one, see who opened what and when, revoke.
 * Self-contained, so any page that shows a result can place it: give it the page's actor and
 * the result's id, and the service decides what this person may see and do.
 */
import { Card, SectionHeading } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { listShareLinks } from "@/lib/services/share-links";
import { CreateShareLinkForm } from "./share/create-share-link-form";
import { ShareLinkList } from "./share/share-link-list";

export async function ShareLinksPanel({ actor, resultId }: { actor: Actor; resultId: string }) {
  const links = await listShareLinks(actor, resultId);
  return (
    <section aria-labelledby="share-links-heading" className="no-print" data-testid="share-links-panel">
      <Card>
        <SectionHeading
          id="share-links-heading"
          lead="Anyone who holds a share link can read this report and download it, without an account, until the link expires or is revoked. They see nothing else in Rolefit."
        >
          Share a read-only copy
        </SectionHeading>
        <CreateShareLinkForm resultId={resultId} />
        <h3 className="mt-8 font-semibold">Links to this report</h3>
        <div className="mt-2">
          <ShareLinkList links={links} />
        </div>
      </Card>
    </section>
  );
}
