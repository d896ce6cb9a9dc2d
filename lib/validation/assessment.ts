/**
 * Schemas for everything an assessment request carries. The stepper validates with the same
 * schemas before it saves, and the route handlers before they write.
 */
import { z } from "zod";
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW } from "../questionnaire/schema";
import { ZEmail } from "./auth";
import { singleLineText, unknownField } from "./text";

/** 32 random bytes in base64url: 256 bits, well above the 128 the resume link needs. */
export const ZResumeToken = z
  .string({ error: "The resume link is missing its token." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This resume link is malformed. Check that you copied all of it.");

export const RESPONDENT_ROLES = [
  { id: "ceo", label: "Chief Executive Officer" },
  { id: "cfo", label: "Chief Financial Officer" },
  { id: "coo", label: "Chief Operating Officer" },
  { id: "technology_executive", label: "Technology executive (CIO, CTO, CDO)" },
  { id: "other_executive", label: "Other executive" },
  { id: "board_member", label: "Board member" },
  { id: "consultant", label: "Advisor or consultant" },
] as const;

const roleIds = RESPONDENT_ROLES.map((role) => role.id) as [string, ...string[]];

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .check(singleLineText)
    .optional();

export const ZAssessmentDetails = z.strictObject(
  {
    organizationName: optionalText("The company name", 200),
    respondentName: optionalText("Your name", 120),
    respondentRole: z.enum(roleIds, { error: "Choose your role from the list." }).optional(),
  },
  unknownField,
);

/** Answers are accepted for the current questionnaire only: a form made for another version must reload first. */
export const ZQuestionnaireVersion = z.enum([QUESTIONNAIRE.version], {
  error: (issue) =>
    issue.input === undefined
      ? "The questionnaire version is missing."
      : typeof issue.input === "string"
        ? `This form was made for questionnaire version ${issue.input.slice(0, 20)}, but the current version is ${QUESTIONNAIRE.version}. Reload the page to continue.`
        : `The questionnaire version is not one this server knows; the current version is ${QUESTIONNAIRE.version}. Reload the page to continue.`,
});


export const ZDraftSave = z.strictObject(
  {
    questionnaireVersion: ZQuestionnaireVersion,
    answers: answersSchema(QUESTIONNAIRE, "draft"),
    details: ZAssessmentDetails.default({}),
  },
  unknownField,
);

export const ZSubmission = z.strictObject(
  {
    questionnaireVersion: ZQuestionnaireVersion,
    answers: answersSchema(QUESTIONNAIRE, "complete"),
    details: ZAssessmentDetails.default({}),
    idempotencyKey: z.uuid({ error: "The submission key must be a UUID." }),
  },
  unknownField,
);

export type TAssessmentDetails = z.infer<typeof ZAssessmentDetails>;

/**
 * Scoring without saving accepts any valid subset of answers, and the model reports its coverage;
 * but not an empty one, which would "recommend" the tie-break order with no evidence at all.
 */
export const ZScoreRequest = z
  .strictObject(
    {
      questionnaireVersion: ZQuestionnaireVersion,
      answers: answersSchema(QUESTIONNAIRE, "draft"),
    },
    unknownField,
  )
  .refine((request) => Object.values(request.answers).some((value) => value !== DONT_KNOW), {
    message: "Answer at least one question (other than with \"Don't know\"): with no answer the model has no evidence to recommend from.",
    path: ["answers"],
  });

/** "Email me this link": the address is the respondent's own, typed once; nothing else is sent. */
export const ZEmailMyLink = z.strictObject(
  {
    token: ZResumeToken,
    email: ZEmail,
  },
  unknownField,
);

export type TEmailMyLink = z.infer<typeof ZEmailMyLink>;
