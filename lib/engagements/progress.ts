/**
 * Where each respondent of an engagement stands, and how far the team has got. The stages are
 * ordered: a later one implies the earlier ones, so a respondent shows the furthest they reached.
 */

export const RESPONDENT_STAGES = ["not_sent", "invited", "delivered", "bounced", "opened", "started", "completed"] as const;
export type RespondentStage = (typeof RESPONDENT_STAGES)[number];

export interface RespondentMilestones {
  invitedAt: Date | null;
  deliveredAt: Date | null;
  bouncedAt: Date | null;
  openedAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export function respondentStage(respondent: RespondentMilestones): RespondentStage {
  if (respondent.completedAt) return "completed";
  if (respondent.startedAt) return "started";
  if (respondent.openedAt) return "opened";
  // A refusal after the last delivery (a changed address that bounced) is the state to act on.
  if (respondent.bouncedAt && (!respondent.deliveredAt || respondent.bouncedAt >= respondent.deliveredAt)) return "bounced";
  if (respondent.deliveredAt) return "delivered";
  if (respondent.invitedAt) return "invited";
  return "not_sent";
}

export interface EngagementProgress {
  total: number;
  completed: number;
  /** Opened or answering, not yet completed. */
  inProgress: number;
  /** Whose email was refused and who has not opened their link another way. */
  bounced: number;
  notStarted: number;
  /** Whole percent completed, 0 for an engagement without respondents. */
  percent: number;
}

export function engagementProgress(respondents: readonly RespondentMilestones[]): EngagementProgress {
  const stages = respondents.map(respondentStage);
  const count = (wanted: (stage: RespondentStage) => boolean) => stages.filter(wanted).length;
  const completed = count((stage) => stage === "completed");
  const inProgress = count((stage) => stage === "opened" || stage === "started");
  const bounced = count((stage) => stage === "bounced");
  return {
    total: respondents.length,
    completed,
    inProgress,
    bounced,
    notStarted: respondents.length - completed - inProgress - bounced,
    percent: respondents.length === 0 ? 0 : Math.floor((completed / respondents.length) * 100),
  };
}

export type EngagementStatus = "open" | "closed";

/** The end of a due date's day in UTC: an engagement due on the 10th accepts answers all that day. */
export function dueAtFromDate(date: string): Date {
  return new Date(`${date}T23:59:59.999Z`);
}

export function dueDateOf(dueAt: Date): string {
  return dueAt.toISOString().slice(0, 10);
}
