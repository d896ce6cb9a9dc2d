/**
 * What the app emailed during the end-to-end run, from the mailbox playwright.config.ts starts
 * (mailbox-server.ts). Messages are kept for the whole run, so a spec picks its own by recipient.
 */
import { expect } from "@playwright/test";
import type { ReadMail } from "../../lib/testing/mime";
import { E2E_MAILBOX } from "./mailbox-settings";

export interface MailboxMessage extends ReadMail {
  /** The envelope's recipients (RCPT TO), which is who the message went to. */
  envelopeTo: string[];
}

/** Every message that arrived so far, or only those sent to `to`. */
export async function readMailbox(to?: string): Promise<MailboxMessage[]> {
  const response = await fetch(`${E2E_MAILBOX.httpUrl}/messages`);
  if (!response.ok) throw new Error(`The e2e mailbox answered ${response.status}`);
  const messages = (await response.json()) as MailboxMessage[];
  return to ? messages.filter((message) => message.envelopeTo.includes(to.toLowerCase())) : messages;
}

/** Waits until `count` messages have arrived for `to` (email is sent by a job, a moment after the click), and returns them. */
export async function waitForMail(to: string, count = 1): Promise<MailboxMessage[]> {
  await expect.poll(async () => (await readMailbox(to)).length, { message: `${count} email(s) to ${to}`, timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return readMailbox(to);
}
