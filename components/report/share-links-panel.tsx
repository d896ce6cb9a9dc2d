/**
 * Read-only share links to a result's report: create one, see who opened what and when, revoke.
 * The page loads the links (lib/services/share-links.ts decides what this person may see) and
 * places the panel with them.
 */
import { useTranslations } from "next-intl";
import { Card, SectionHeading } from "@/components/ui/card";
import type { ShareLinkView } from "@/lib/services/share-links";
import { CreateShareLinkForm } from "./share/create-share-link-form";
import { ShareLinkList } from "./share/share-link-list";
import type { ShareActions } from "./share/share-actions-prop";

/**
 * `actions` says through which door: a result id for someone signed in who may see the result,
 * or the assessment's private link for its respondent.
 */
export function ShareLinksPanel({ links, actions }: { links: ShareLinkView[]; actions: ShareActions }) {
  const t = useTranslations("ShareLinks");
  return (
    <section aria-labelledby="share-links-heading" className="no-print" data-testid="share-links-panel">
      <Card>
        <SectionHeading
          id="share-links-heading"
          lead={t("panelLead")}
        >
          {t("panelTitle")}
        </SectionHeading>
        <CreateShareLinkForm actions={actions} />
        <h3 className="mt-8 font-semibold">{t("linksHeading")}</h3>
        <div className="mt-2">
          <ShareLinkList links={links} actions={actions} />
        </div>
      </Card>
    </section>
  );
}
