/**
 * Schemas for engagements: the workspace forms and the services parse with the same ones, so a
 * field error reads the same in the browser and in the service's tests.
 */
import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { MAX_ENGAGEMENT_RESPONDENTS, ZRespondentEmail, ZRespondentName, ZRespondentRole } from "../engagements/respondent-list";
import { ZRecordId } from "./organizations";
import { multiLineText, singleLineText, unknownField } from "./text";

/** The days before the due date a consultant may choose for reminders, with how the form says them. */
export const REMINDER_DAY_CHOICES = [
  { days: 14, label: "Two weeks before" },
  { days: 7, label: "One week before" },
  { days: 3, label: "Three days before" },
  { days: 1, label: "The day before" },
  { days: 0, label: "On the due date" },
] as const;

export const DEFAULT_REMINDER_DAYS = [3, 0] as const;

export const NOTIFY_CHOICES = [
  { id: "each", label: "An email for each completed questionnaire" },
  { id: "digest", label: "One email a day listing that day's completions" },
] as const;

const ZReminderDay = z.coerce
  .number({ error: "A reminder day must be a whole number." })
  .refine((days) => REMINDER_DAY_CHOICES.some((choice) => choice.days === days), "Choose reminder days from the list.");

/** A form sends one value for one ticked box, several for several, and none for none. */
export const ZReminderDays = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(ZReminderDay).max(REMINDER_DAY_CHOICES.length, "Choose reminder days from the list."),
).transform((days) => [...new Set(days)].sort((a, b) => b - a));

export const ZDueDate = z
  .string({ error: "Choose the date answers are due." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the due date as a date, for example 2027-01-31.")
  .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), "This date does not exist.");

export const ZEngagementName = z
  .string({ error: "Name the engagement." })
  .trim()
  .min(1, "Name the engagement.")
  .max(120, "The name can be at most 120 characters.")
  .check(singleLineText);

export const ZEngagementMessage = z
  .string({ error: "Write the message the invitation carries." })
  .trim()
  .min(1, "Write the message the invitation carries.")
  .max(2_000, "The message can be at most 2,000 characters.")
  .check(multiLineText);

/** The pasted or uploaded list, read line by line by readRespondentList in the service. */
export const ZRespondentListText = z
  .string({ error: "Paste or upload the list of people." })
  .max(MAX_ENGAGEMENT_RESPONDENTS * 400, "The list is too long: an engagement can have at most 200 people.")
  .check(multiLineText);

export const ZEngagementCreate = z.strictObject(
  {
    organizationId: ZRecordId,
    name: ZEngagementName,
    dueDate: ZDueDate,
    message: ZEngagementMessage,
    reminderDays: ZReminderDays,
    notify: z.enum(["each", "digest"], { error: "Choose how you hear of completions." }),
    /** The language of the invitations and of each respondent's questionnaire; the organization's language when left out. */
    language: z.enum(LOCALES, { error: `Choose the language of the invitations: ${LOCALES.join(", ")}.` }).optional(),
    respondents: ZRespondentListText,
  },
  unknownField,
);

export const ZEngagementRespondentAdd = z.strictObject(
  { engagementId: ZRecordId, name: ZRespondentName, email: ZRespondentEmail, role: ZRespondentRole },
  unknownField,
);

export const ZEngagementRespondentEmail = z.strictObject({ respondentId: ZRecordId, email: ZRespondentEmail }, unknownField);

export const ZEngagementRespondentRef = z.strictObject({ respondentId: ZRecordId }, unknownField);

export const ZEngagementRef = z.strictObject({ engagementId: ZRecordId }, unknownField);

export const ZEngagementSchedule = z.strictObject(
  { engagementId: ZRecordId, dueDate: ZDueDate, reminderDays: ZReminderDays, notify: z.enum(["each", "digest"], { error: "Choose how you hear of completions." }) },
  unknownField,
);

/** A personal link's token: 32 random bytes in base64url, like every other link token. */
export const ZRespondentLinkToken = z
  .string({ error: "The link is missing its token." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is malformed. Check that you copied all of it.");

export type TEngagementCreate = z.infer<typeof ZEngagementCreate>;
export type TEngagementRespondentAdd = z.infer<typeof ZEngagementRespondentAdd>;
export type TEngagementRespondentEmail = z.infer<typeof ZEngagementRespondentEmail>;
export type TEngagementRespondentRef = z.infer<typeof ZEngagementRespondentRef>;
export type TEngagementRef = z.infer<typeof ZEngagementRef>;
export type TEngagementSchedule = z.infer<typeof ZEngagementSchedule>;
