import type { Metadata } from "next";
import { Card, SectionHeading } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/components/workspace/format";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { WebhookEndpointActions } from "@/components/workspace/webhooks/webhook-endpoint-actions";
import { WebhookForm } from "@/components/workspace/webhooks/webhook-form";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage } from "@/lib/http/load-for-page";
import { getOrganization } from "@/lib/services/organizations";
import { listWebhookEndpoints, webhookNetworkPolicy, type WebhookDeliveryView, type WebhookEndpointView } from "@/lib/services/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export const metadata: Metadata = { title: "Webhooks" };

const STATUS_LABELS: Record<WebhookDeliveryView["status"], string> = { pending: "Retrying", delivered: "Delivered", failed: "Failed" };
const STATUS_TONES: Record<WebhookDeliveryView["status"], string> = { pending: "text-ink", delivered: "text-ink", failed: "text-danger" };

function eventLabel(id: string): string {
  return WEBHOOK_EVENTS.find((event) => event.id === id)?.label ?? (id === "webhook.test" ? "Test event" : id);
}

function DeliveryLog({ endpoint, name }: { endpoint: WebhookEndpointView; name: string }) {
  if (endpoint.deliveries.length === 0) return <p className="text-sm text-muted">Nothing sent yet.</p>;
  return (
    <Table
      caption={`Latest deliveries to ${name}`}
      columns={[{ label: "Event" }, { label: "Status" }, { label: "Response" }, { label: "Tries", align: "right" }, { label: "Time" }]}
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
            <td data-label="Status" className={`font-semibold ${STATUS_TONES[delivery.status]}`}>
              {pendingFirstTry ? "Queued" : STATUS_LABELS[delivery.status]}
            </td>
            <td data-label="Response" className="[overflow-wrap:anywhere]">
              {delivery.responseStatus ?? "—"}
              {/* A status code speaks for itself; a refused connection, a time-out or a redirect needs the reason. */}
              {delivery.error && (delivery.responseStatus === null || delivery.responseStatus < 400) ? <span className="block text-sm text-muted">{delivery.error}</span> : null}
            </td>
            <td data-label="Tries" className="text-right tabular-nums">
              {delivery.attempts}
            </td>
            <td data-label="Time">{formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt)}</td>
          </tr>
        );
      })}
    </Table>
  );
}

/** An organization's webhook endpoints: add one, test it, manage its secret, and read what was delivered. */
export default async function OrganizationWebhooksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/webhooks`);
  const [organization, endpoints] = await loadForPage(Promise.all([getOrganization(actor, id), listWebhookEndpoints(actor, id)]));
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="webhooks" />

      <section aria-labelledby="add-webhook">
        <Card>
          <SectionHeading
            id="add-webhook"
            lead={`Tell another system (a CRM, a data warehouse, a chat channel) when ${organization.name}'s results arrive or change. Each delivery is signed, and retried for a day if the receiver is down.`}
          >
            Add a webhook endpoint
          </SectionHeading>
          <WebhookForm organizationId={organization.id} requireHttps={webhookNetworkPolicy().requireHttps} />
        </Card>
      </section>

      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          Endpoints
        </h2>
        {endpoints.length === 0 ? <p className="text-muted">No endpoint yet.</p> : null}
        {endpoints.map((endpoint) => {
          const name = endpoint.description ?? endpoint.url;
          return (
            <Card key={endpoint.id}>
              <article aria-label={name} className="space-y-4" data-testid="webhook-endpoint">
                <div>
                  <h3 className="font-mono text-sm font-semibold [overflow-wrap:anywhere]">{endpoint.url}</h3>
                  {endpoint.description ? <p className="mt-1">{endpoint.description}</p> : null}
                  <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-muted">Events</dt>
                    <dd>{endpoint.events.map(eventLabel).join(", ")}</dd>
                    <dt className="text-muted">Answers</dt>
                    <dd>{endpoint.includeAnswers ? "Included in result events" : "Not included"}</dd>
                    <dt className="text-muted">Added</dt>
                    <dd>{formatDate(endpoint.createdAt)}</dd>
                  </dl>
                </div>
                <WebhookEndpointActions endpointId={endpoint.id} description={name} />
                <div>
                  <h4 className="mb-2 font-semibold">Delivery log</h4>
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
