/**
 * The end-to-end mailbox: a real SMTP server (lib/testing/smtp-server.ts) the app sends through
 * (playwright.config.ts sets its SMTP_URL), and a small HTTP side from which specs read every
 * message that arrived, decoded as a mail client shows it (e2e/support/mailbox.ts).
 */
import http from "node:http";
import { readMail } from "../../lib/testing/mime";
import { startTestSmtpServer } from "../../lib/testing/smtp-server";
import { E2E_MAILBOX } from "./mailbox-settings";

async function main() {
  const smtp = await startTestSmtpServer({ port: E2E_MAILBOX.smtpPort });
  const server = http.createServer((request, response) => {
    if (request.method === "GET" && request.url === "/messages") {
      const messages = smtp.messages.map((message) => ({ envelopeTo: message.to, ...readMail(message.source) }));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
      return;
    }
    response.writeHead(404).end();
  });
  server.listen(Number(new URL(E2E_MAILBOX.httpUrl).port), "127.0.0.1", () => {
    process.stdout.write(`e2e mailbox: SMTP on ${E2E_MAILBOX.smtpUrl}, messages at ${E2E_MAILBOX.httpUrl}/messages\n`);
  });
}

void main();
