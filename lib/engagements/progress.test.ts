import { describe, expect, it } from "vitest";
import { dueAtFromDate, dueDateOf, engagementProgress, respondentStage, type RespondentMilestones } from "./progress";

const none: RespondentMilestones = { invitedAt: null, deliveredAt: null, bouncedAt: null, openedAt: null, startedAt: null, completedAt: null };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 10, minute));

describe("respondentStage", () => {
  it("shows the furthest stage reached", () => {
    expect(respondentStage(none)).toBe("not_sent");
    expect(respondentStage({ ...none, invitedAt: at(0) })).toBe("invited");
    expect(respondentStage({ ...none, invitedAt: at(0), deliveredAt: at(1) })).toBe("delivered");
    expect(respondentStage({ ...none, invitedAt: at(0), bouncedAt: at(1) })).toBe("bounced");
    expect(respondentStage({ ...none, invitedAt: at(0), bouncedAt: at(1), openedAt: at(2) })).toBe("opened");
    expect(respondentStage({ ...none, openedAt: at(2), startedAt: at(3) })).toBe("started");
    expect(respondentStage({ ...none, startedAt: at(3), completedAt: at(4) })).toBe("completed");
  });

  it("treats a refusal after an earlier delivery (a changed address) as the current state", () => {
    expect(respondentStage({ ...none, invitedAt: at(0), deliveredAt: at(1), bouncedAt: at(5) })).toBe("bounced");
    expect(respondentStage({ ...none, invitedAt: at(0), bouncedAt: at(1), deliveredAt: at(5) })).toBe("delivered");
  });
});

describe("engagementProgress", () => {
  it("counts each respondent once, by stage", () => {
    const progress = engagementProgress([
      { ...none, completedAt: at(1) },
      { ...none, completedAt: at(2) },
      { ...none, startedAt: at(1) },
      { ...none, bouncedAt: at(1) },
      { ...none, deliveredAt: at(1) },
      none,
    ]);
    expect(progress).toEqual({ total: 6, completed: 2, inProgress: 1, bounced: 1, notStarted: 2, percent: 33 });
    expect(engagementProgress([]).percent).toBe(0);
  });
});

describe("due dates", () => {
  it("are due at the end of the day in UTC and read back as the same date", () => {
    expect(dueAtFromDate("2026-12-10").toISOString()).toBe("2026-12-10T23:59:59.999Z");
    expect(dueDateOf(dueAtFromDate("2026-12-10"))).toBe("2026-12-10");
  });
});
