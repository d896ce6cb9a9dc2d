/**
 * Where the end-to-end mailbox (mailbox-server.ts) listens: read by playwright.config.ts, which
 * starts it and points the app's SMTP_URL at it, and by the specs through readMailbox().
 */
const appPort = Number(process.env.E2E_PORT ?? 3100);
// Clear of the app, the shutdown and hostile-request servers (+1, +2) and the OIDC provider (+10).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? appPort + 20);
const host = "127.0.0.1";

export const E2E_MAILBOX = {
  smtpPort,
  smtpUrl: `smtp://${host}:${smtpPort}`,
  /** The mailbox's HTTP side: GET /messages lists what arrived. */
  httpUrl: `http://${host}:${smtpPort + 1}`,
} as const;
