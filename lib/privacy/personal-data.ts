/**
 * Where Rolefit keeps personal data, model by model, and what deleting an account does to each.
 * Every scalar field of every model is listed as personal or not (personal-data.test.ts fails
 * when a model or field is added without being placed here), so a new column cannot quietly
 * escape deletion, export or the README's "Privacy and data" section, which is written from this.
 *
 * "Personal" means it names, contacts or authenticates a person, or is their own words. Answers
 * are not listed as personal: they are multiple-choice facts about a company, kept or deleted with
 * the row that holds them.
 */

export type AccountDeletion =
  /** The rows go with the account (a cascade from User, or deleted by the service). */
  | "deleted"
  /** Rows about the person are deleted or, where an organization keeps them, stripped of the personal fields. */
  | "deleted or stripped"
  /** The rows stay and the personal fields in them are cleared. */
  | "stripped"
  /** No row holds anything about a person. */
  | "untouched";

export interface ModelPrivacy {
  /** What the rows are, in words a reader of the privacy page knows. */
  label: string;
  onAccountDeletion: AccountDeletion;
  /** What happens, for the README and the closing note. */
  how: string;
  personal: readonly string[];
  other: readonly string[];
}

export const PERSONAL_DATA = {
  User: {
    label: "Accounts",
    onAccountDeletion: "deleted",
    how: "The row is deleted: email, name, password hash, authenticator secret and the session version with it, so every session ends at its next request on every instance.",
    personal: ["email", "name", "passwordHash", "totpSecret", "totpEnabledAt", "totpLastStep"],
    other: ["id", "isPlatformAdmin", "disabledAt", "sessionVersion", "locale", "createdAt", "updatedAt"],
  },
  Assessment: {
    label: "Questionnaires (drafts and submitted)",
    onAccountDeletion: "deleted or stripped",
    how: "Drafts and results outside an organization are deleted. In each organization the person's latest submitted assessment (the one its combined view counts) is deleted, or kept for the organization without the respondent's name and account, as the person chooses (an administrator's deletion keeps it stripped); older, superseded ones are deleted.",
    personal: ["respondentName", "userId"],
    other: ["id", "resumeTokenHash", "questionnaireVersion", "answers", "organizationName", "respondentRole", "revision", "submittedAt", "createdAt", "updatedAt", "organizationId"],
  },
  Result: {
    label: "Results",
    onAccountDeletion: "deleted or stripped",
    how: "Follows its assessment. A kept result loses the respondent's name (and its search text is rebuilt without it); a consultant's override or review status stays, without the consultant's name once their account is gone.",
    personal: ["respondentName", "searchText", "reviewStatusById", "overriddenById", "overrideJustification"],
    other: [
      "id",
      "assessmentId",
      "idempotencyKey",
      "questionnaireVersion",
      "modelVersion",
      "organizationName",
      "respondentRole",
      "recommendation",
      "confidence",
      "createdAt",
      "organizationId",
      "clientName",
      "industry",
      "sizeBand",
      "margin",
      "reviewStatus",
      "reviewStatusAt",
      "overrideRecommendation",
      "overriddenAt",
      "recommendationInForce",
      "answers",
      "output",
    ],
  },
  ResultNote: {
    label: "Consultants' review notes",
    onAccountDeletion: "deleted",
    how: "A consultant's notes are their own words: they go with the account, and a deleted result's notes go with it.",
    personal: ["authorId", "body"],
    other: ["id", "resultId", "createdAt"],
  },
  AuditEvent: {
    label: "Audit trail",
    onAccountDeletion: "deleted or stripped",
    how: "Events about the person's own account alone (their API tokens) are deleted. In an organization's trail the person's events stay, with the actor's email cleared and the id replaced, so the trail still says that something changed and when.",
    personal: ["actorId", "actorEmail", "detail"],
    other: ["id", "organizationId", "resultId", "action", "createdAt"],
  },
  ApiToken: {
    label: "API tokens",
    onAccountDeletion: "deleted",
    how: "Deleted with the account: a token acts as its owner.",
    personal: ["userId", "name"],
    other: ["id", "tokenHash", "prefix", "createdAt", "expiresAt", "lastUsedAt", "revokedAt"],
  },
  ShareLink: {
    label: "Share links",
    onAccountDeletion: "deleted",
    how: "Links the person created are deleted, and stop working at once; links to a deleted result go with it.",
    personal: ["createdById"],
    other: ["id", "tokenHash", "resultId", "organizationId", "engagementId", "expiresAt", "revokedAt", "lastOpenedAt", "openCount", "createdAt"],
  },
  Organization: {
    label: "Client organizations",
    onAccountDeletion: "untouched",
    how: "A company, not a person. Deleted only by an administrator, with everything in it.",
    personal: [],
    other: ["id", "name", "industry", "sizeBand", "consultantFirmName", "roleWeights", "language", "createdAt"],
  },
  OrganizationLogo: {
    label: "Consulting firms' logos",
    onAccountDeletion: "untouched",
    how: "The consulting firm's logo; deleted with its organization.",
    personal: [],
    other: ["organizationId", "mediaType", "bytes", "updatedAt"],
  },
  Membership: {
    label: "Memberships",
    onAccountDeletion: "deleted",
    how: "Deleted with the account.",
    personal: ["userId"],
    other: ["id", "organizationId", "role", "createdAt"],
  },
  Invitation: {
    label: "Invitation links",
    onAccountDeletion: "deleted",
    how: "Invitation links the person created are deleted with the account and stop working.",
    personal: ["createdById"],
    other: ["id", "organizationId", "tokenHash", "role", "expiresAt", "maxUses", "uses", "revokedAt", "createdAt"],
  },
  RecoveryCode: {
    label: "Recovery codes",
    onAccountDeletion: "deleted",
    how: "Deleted with the account.",
    personal: ["userId", "codeHash"],
    other: ["id", "usedAt"],
  },
  PasswordResetToken: {
    label: "Password-reset links",
    onAccountDeletion: "deleted",
    how: "Links for the person are deleted with the account; the administrator who made one is kept only as an id.",
    personal: ["userId", "tokenHash"],
    other: ["id", "expiresAt", "usedAt", "createdById", "createdAt"],
  },
  RateLimitCounter: {
    label: "Sign-in and request counters",
    onAccountDeletion: "deleted",
    how: "Sign-in and re-authentication counters are keyed by the account's email or id; they are deleted with the account. Counters keyed by a client address expire and are purged by retention.",
    personal: ["key"],
    other: ["count", "windowEndsAt", "nextAt"],
  },
  RevokedSession: {
    label: "Ended sessions",
    onAccountDeletion: "untouched",
    how: "A signed-out session's random id and expiry, nothing about whose it was; purged by retention after expiry.",
    personal: [],
    other: ["id", "expiresAt"],
  },
  PendingSecondFactor: {
    label: "Single sign-ons awaiting a code",
    onAccountDeletion: "deleted",
    how: "Deleted with the account.",
    personal: ["userId", "tokenHash"],
    other: ["expiresAt", "createdAt"],
  },
  Job: {
    label: "Background jobs",
    onAccountDeletion: "untouched",
    how: "The queue of background work (the daily retention purge): payloads hold a run's date and results hold counts, nothing about a person. Finished jobs are purged by retention.",
    personal: [],
    other: ["id", "kind", "payload", "dedupeKey", "status", "runAt", "attempts", "maxAttempts", "lockedBy", "lockedUntil", "lastError", "result", "createdAt", "updatedAt", "finishedAt"],
  },
  Engagement: {
    label: "Engagements (a consultant's round of questionnaires for a client team)",
    onAccountDeletion: "stripped",
    how: "Belongs to its organization. When the consultant who created it deletes their account, the engagement stays for the organization without their link, and its notifications go to the organization's other consultants. Its invitation message is written for the organization and stays with it.",
    personal: ["createdById"],
    other: ["id", "organizationId", "name", "dueAt", "message", "language", "reminderDays", "notify", "status", "closedAt", "closedReason", "allAnsweredAt", "createdAt", "updatedAt"],
  },
  EngagementRespondent: {
    label: "People invited to an engagement",
    onAccountDeletion: "deleted",
    how: "Name and email as the consultant entered them. Deleting an account removes every invitation to the account's email address from its engagements, and counts the questionnaires sent to it as the person's own (kept without the name, or deleted, as for any result in an organization). Deleted with the engagement or the organization.",
    personal: ["name", "email", "linkToken", "deliveryError"],
    other: ["id", "engagementId", "role", "assessmentId", "invitedAt", "lastSentAt", "deliveredAt", "bouncedAt", "openedAt", "startedAt", "completedAt", "createdAt"],
  },
  WebhookEndpoint: {
    label: "Webhook endpoints",
    onAccountDeletion: "stripped",
    how: "Belongs to its organization; when the consultant who registered it deletes their account, it stays without their link.",
    personal: ["createdById"],
    other: ["id", "organizationId", "url", "secret", "events", "includeAnswers", "description", "disabledAt", "createdAt"],
  },
  WebhookDelivery: {
    label: "Webhook deliveries",
    onAccountDeletion: "untouched",
    how: "The signed body sent to an endpoint and what came of it. Bodies name results, engagements and counts, never a person (answers only where the endpoint opted in). Deliveries naming a result are deleted with it (and with an account's deleted results); all are purged by retention after 30 days.",
    personal: [],
    other: ["id", "endpointId", "event", "body", "status", "attempts", "responseStatus", "error", "lastAttemptAt", "deliveredAt", "createdAt", "eventKey"],
  },
} as const satisfies Record<string, ModelPrivacy>;

export type PrivacyModelName = keyof typeof PERSONAL_DATA;

/** How deleting an account treats the person's results inside organizations. */
export const ORGANIZATION_RESULT_CHOICES = ["keep_anonymous", "delete"] as const;
export type OrganizationResultChoice = (typeof ORGANIZATION_RESULT_CHOICES)[number];

/** What an audit trail shows for someone whose account has been deleted. */
export const DELETED_ACCOUNT_ACTOR = { id: "deleted-account", email: "" } as const;
