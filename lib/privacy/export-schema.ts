/**
 * The shape of "Download my data": everything Rolefit holds about one person, as JSON. The
 * service builds it, a test parses every export with it, and its JSON Schema is published at
 * PERSONAL_DATA_EXPORT_SCHEMA_PATH (generated from this file, so the two cannot drift).
 *
 * Credentials are described, not copied: the export says that the account has a password and a
 * second factor, never their hashes or the authenticator secret, which would let whoever holds
 * the file sign in as the person.
 */
import { z } from "zod";

export const PERSONAL_DATA_EXPORT_SCHEMA_PATH = "/privacy/export-schema.json";

const timestamp = z.iso.datetime({ offset: false });
const id = z.string().min(1);

const ZAnswerValue = z.union([z.string(), z.number(), z.array(z.string())]);

const ZExportedResult = z.strictObject({
  id,
  createdAt: timestamp,
  modelVersion: z.string(),
  recommendation: z.string().describe("The scoring model's recommendation."),
  confidence: z.string(),
  recommendationInForce: z.string().describe("A consultant's override where there is one, else the model's recommendation."),
  reviewStatus: z.string(),
  override: z
    .strictObject({ recommendation: z.string(), justification: z.string().nullable(), at: timestamp.nullable() })
    .nullable()
    .describe("A consultant's different recommendation and their reason, as shown to you on the report."),
});

export const ZPersonalDataExport = z
  .strictObject({
    format: z.literal("rolefit-personal-data"),
    version: z.literal(1),
    schema: z.literal(PERSONAL_DATA_EXPORT_SCHEMA_PATH),
    exportedAt: timestamp,
    account: z.strictObject({
      id,
      email: z.string(),
      name: z.string().nullable(),
      createdAt: timestamp,
      updatedAt: timestamp,
      isPlatformAdministrator: z.boolean(),
      disabledAt: timestamp.nullable(),
      hasPassword: z.boolean(),
      twoStepVerificationSince: timestamp.nullable(),
      unusedRecoveryCodes: z.number().int().min(0),
      /** The language chosen with the switcher; null until one was chosen. */
      language: z.string().nullable(),
    }),
    memberships: z.array(z.strictObject({ organizationId: id, organizationName: z.string(), role: z.enum(["consultant", "executive"]), since: timestamp })),
    assessments: z
      .array(
        z.strictObject({
          id,
          status: z.enum(["draft", "submitted"]),
          questionnaireVersion: z.string(),
          createdAt: timestamp,
          updatedAt: timestamp,
          submittedAt: timestamp.nullable(),
          organizationId: z.string().nullable(),
          organizationName: z.string().nullable().describe("The company name as you typed it."),
          respondentName: z.string().nullable(),
          respondentRole: z.string().nullable(),
          answers: z.record(z.string(), ZAnswerValue).describe("Your answers keyed by question id; the questionnaire at /api/v1/questionnaire gives each question's text."),
          result: ZExportedResult.nullable(),
        }),
      )
      .describe("Your questionnaires, drafts and submitted ones, with your answers and, once submitted, the recommendation."),
    notes: z.array(z.strictObject({ id, resultId: id, body: z.string(), createdAt: timestamp })).describe("Notes you wrote on results, as a consultant."),
    reviews: z
      .array(z.strictObject({ resultId: id, overrideRecommendation: z.string().nullable(), overrideJustification: z.string().nullable(), overriddenAt: timestamp.nullable(), reviewStatus: z.string().nullable(), reviewStatusAt: timestamp.nullable() }))
      .describe("Results where you, as a consultant, set the review status or the override."),
    apiTokens: z.array(
      z.strictObject({ id, name: z.string(), prefix: z.string(), createdAt: timestamp, expiresAt: timestamp.nullable(), lastUsedAt: timestamp.nullable(), revokedAt: timestamp.nullable() }),
    ),
    shareLinks: z.array(
      z.strictObject({
        id,
        resultId: z.string().nullable(),
        organizationId: z.string().nullable(),
        createdAt: timestamp,
        expiresAt: timestamp,
        revokedAt: timestamp.nullable(),
        openCount: z.number().int().min(0),
        lastOpenedAt: timestamp.nullable(),
      }),
    ),
    invitations: z.array(
      z.strictObject({ id, organizationId: id, role: z.string(), createdAt: timestamp, expiresAt: timestamp, maxUses: z.number().int(), uses: z.number().int(), revokedAt: timestamp.nullable() }),
    ),
    engagementInvitations: z
      .array(
        z.strictObject({
          id,
          engagementId: id,
          engagementName: z.string(),
          organizationId: id,
          dueAt: timestamp,
          name: z.string().describe("Your name as the consultant entered it."),
          email: z.string(),
          role: z.string(),
          assessmentId: z.string().nullable().describe("The questionnaire the invitation opened; it is listed under assessments."),
          createdAt: timestamp,
          invitedAt: timestamp.nullable(),
          lastEmailAt: timestamp.nullable(),
          deliveredAt: timestamp.nullable(),
          bouncedAt: timestamp.nullable(),
          openedAt: timestamp.nullable(),
          startedAt: timestamp.nullable(),
          completedAt: timestamp.nullable(),
        }),
      )
      .describe("Engagements that invited your email address, with what Rolefit recorded of each email and of your progress."),
    engagementsCreated: z
      .array(z.strictObject({ id, organizationId: id, name: z.string(), dueAt: timestamp, status: z.string(), respondents: z.number().int().min(0), createdAt: timestamp }))
      .describe("Engagements you created as a consultant; the people invited are the organization's data and are counted, not listed."),
    auditEvents: z
      .array(
        z.strictObject({
          id,
          action: z.string(),
          organizationId: z.string().nullable(),
          resultId: z.string().nullable(),
          createdAt: timestamp,
          byYou: z.boolean().describe("False for events by others on your results (a consultant's review)."),
          detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        }),
      )
      .describe("The audit trail's events you caused, and events on your results."),
  })
  .describe("Everything Rolefit holds about one person. Passwords, second-factor secrets and token hashes are not included.");

export type TPersonalDataExport = z.infer<typeof ZPersonalDataExport>;

export function personalDataExportJsonSchema(): Record<string, unknown> {
  return { $id: PERSONAL_DATA_EXPORT_SCHEMA_PATH, title: "Rolefit personal data export", ...z.toJSONSchema(ZPersonalDataExport, { target: "draft-2020-12" }) };
}
