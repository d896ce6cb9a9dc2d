/**
 * When an engagement's reminders and digests are due. Pure: the hourly tick
 * (lib/services/engagement-email.ts) loads the rows and enqueues what this says.
 */
import { z } from "zod";
import { DAY_MS } from "./retention";

/** Reminders go from this hour (UTC) of their day: morning in Europe, not the middle of the night. */
export const REMINDER_HOUR_UTC = 8;
const HOUR_MS = 60 * 60_000;

const ZReminderDays = z.array(z.number().int().min(0).max(365));

/** Engagement.reminderDays as stored (JSON); anything else means no reminders rather than a failed tick. */
export function parseReminderDays(value: unknown): number[] {
  const parsed = ZReminderDays.safeParse(value);
  return parsed.success ? [...new Set(parsed.data)] : [];
}

/** The start of the UTC day holding the moment just before `dueAt` (the due day, however its end is written). */
function dueDayStart(dueAt: Date): number {
  const last = new Date(dueAt.getTime() - 1);
  return Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate());
}

/**
 * When the reminder `daysBefore` the due day goes: that day at REMINDER_HOUR_UTC. "0" is the
 * morning of the due day itself, while the engagement is still open (it closes at dueAt).
 */
export function reminderMoment(dueAt: Date, daysBefore: number): Date {
  return new Date(dueDayStart(dueAt) - daysBefore * DAY_MS + REMINDER_HOUR_UTC * HOUR_MS);
}

export interface ReminderCandidate {
  invitedAt: Date | null;
  completedAt: Date | null;
  bouncedAt: Date | null;
}

/**
 * The reminders (as days before the due day) due for one respondent at `now`. A reminder is due
 * from its moment for one day, so a tick that ran late still sends it but an engagement created
 * after the moment does not send a stale one; never to someone not yet invited or invited after
 * the moment (the invitation is fresh), who completed, whose address bounced, or after dueAt.
 */
export function dueReminderDays(engagement: { dueAt: Date; reminderDays: unknown }, respondent: ReminderCandidate, now: Date): number[] {
  if (now >= engagement.dueAt || respondent.completedAt || respondent.bouncedAt || !respondent.invitedAt) return [];
  const invitedAt = respondent.invitedAt;
  return parseReminderDays(engagement.reminderDays).filter((days) => {
    const moment = reminderMoment(engagement.dueAt, days);
    return moment <= now && now.getTime() < moment.getTime() + DAY_MS && invitedAt < moment;
  });
}

/** The day a digest sent at `now` reports on: the UTC day before, with its bounds. */
export function digestDay(now: Date): { day: string; from: Date; to: Date } {
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = to - DAY_MS;
  return { day: new Date(from).toISOString().slice(0, 10), from: new Date(from), to: new Date(to) };
}

/** The bounds of a digest's day (YYYY-MM-DD, UTC). */
export function dayBounds(day: string): { from: Date; to: Date } {
  const from = new Date(`${day}T00:00:00.000Z`);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}
