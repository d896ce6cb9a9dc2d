import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/components/workspace/format";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { WebhookEndpointActions } from "@/components/workspace/webhooks/webhook-endpoint-actions";
import { EVENT_NAME_KEYS, isKnownEvent } from "@/components/workspace/webhooks/event-names";
import { WebhookForm } from "@/components/workspace/webhooks/webhook-form";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage } from "@/lib/http/load-for-page";
import { localizeServerMessage } from "@/lib/i18n/server-messages";
import { getOrganization } from "@/lib/services/organizations";
import { listWebhookEndpoints, webhookNetworkPolicy, type WebhookDeliveryView, type WebhookEndpointView } from "@/lib/services/webhooks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Webhooks");
  return { title: t("title") };
}

const STATUS_TONES: Record<WebhookDeliveryView["status"], string> = { pending: "text-ink", delivered: "text-ink", failed: "text-danger" };

/** An event's name in the page's language; an id this version does not know, as stored. */
function useEventLabel(): (id: string) => string {
  const t = useTranslations("Webhooks");
  return (id) => (isKnownEvent(id) ? t(EVENT_NAME_KEYS[id]) : id);
}

function DeliveryLog({ endpoint, name }: { endpoint: WebhookEndpointView; name: string }) {
  const t = useTranslations("Webhooks.log");
  const locale = useLocale();
  const eventLabel = useEventLabel();
  if (endpoint.deliveries.length === 0) return <p className="text-sm text-muted">{t("nothingSent")}</p>;
  return (
    <Table
      caption={t("caption", { name })}
      columns={[{ label: t("event") }, { label: t("status") }, { label: t("response") }, { label: t("tries"), align: "right" }, { label: t("time") }]}
      stackOnPhone
      testId="webhook-delivery-log"
    >
      {endpoint.deliveries.map((delivery) => {
        const pendingFirstTry = delivery.status === "pending" && delivery.attempts === 0;
        return (
          <tr key={delivery.id}>
            <th scope="row" className="text-left font-medium">
              {eventLabel(delivery.event)}
            </th>
            <td data-label={t("status")} className={`font-semibold ${STATUS_TONES[delivery.status]}`}>
              {pendingFirstTry ? t("queued") : t(`statuses.${delivery.status}`)}
            </td>
            <td data-label={t("response")} className="[overflow-wrap:anywhere]">
              {delivery.responseStatus ?? "—"}
              {/* A status code speaks for itself; a refused connection, a time-out or a redirect needs the reason. */}
              {delivery.error && (delivery.responseStatus === null || delivery.responseStatus < 400) ? <span className="block text-sm text-muted">{localizeServerMessage(delivery.error, locale)}</span> : null}
            </td>
            <td data-label={t("tries")} className="text-right tabular-nums">
              {delivery.attempts}
            </td>
            <td data-label={t("time")}>{formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt, locale)}</td>
          </tr>
        );
      })}
    </Table>
  );
}

function EndpointDetails({ endpoint }: { endpoint: WebhookEndpointView }) {
  const t = useTranslations("Webhooks");
  const locale = useLocale();
  const eventLabel = useEventLabel();
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="text-muted">{t("events")}</dt>
      <dd>{endpoint.events.map(eventLabel).join(", ")}</dd>
      <dt className="text-muted">{t("answers")}</dt>
      <dd>{endpoint.includeAnswers ? t("answersIncluded") : t("answersNotIncluded")}</dd>
      <dt className="text-muted">{t("added")}</dt>
      <dd>{formatDate(endpoint.createdAt, locale)}</dd>
    </dl>
  );
}

/** An organization's webhook endpoints: add one, test it, manage its secret, and read what was delivered. */
export default async function OrganizationWebhooksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/webhooks`);
  const [organization, endpoints] = await loadForPage(Promise.all([getOrganization(actor, id), listWebhookEndpoints(actor, id)]));
  const t = await getTranslations("Webhooks");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="webhooks" />

      <section aria-labelledby="add-webhook">
        <Card>
          <SectionHeading
            id="add-webhook"
            lead={t("addLead", { organization: organization.name })}
          >
            {t("addHeading")}
          </SectionHeading>
          <WebhookForm organizationId={organization.id} requireHttps={webhookNetworkPolicy().requireHttps} />
        </Card>
      </section>

      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          {t("endpoints")}
        </h2>
        {endpoints.length === 0 ? <p className="text-muted">{t("noEndpoint")}</p> : null}
        {endpoints.map((endpoint) => {
          const name = endpoint.description ?? endpoint.url;
          return (
            <Card key={endpoint.id}>
              <article aria-label={name} className="space-y-4" data-testid="webhook-endpoint">
                <div>
                  <h3 className="font-mono text-sm font-semibold [overflow-wrap:anywhere]">{endpoint.url}</h3>
                  {endpoint.description ? <p className="mt-1">{endpoint.description}</p> : null}
                  <EndpointDetails endpoint={endpoint} />
                </div>
                <WebhookEndpointActions endpointId={endpoint.id} description={name} />
                <div>
                  <h4 className="mb-2 font-semibold">{t("deliveryLog")}</h4>
                  <DeliveryLog endpoint={endpoint} name={name} />
                </div>
              </article>
            </Card>
          );
        })}
      </section>
    </div>
  );
}
