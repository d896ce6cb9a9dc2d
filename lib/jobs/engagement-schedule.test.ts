import { describe, expect, it } from "vitest";
import { dayBounds, digestDay, dueReminderDays, parseReminderDays, reminderMoment } from "./engagement-schedule";

const DUE = new Date("2026-12-12T23:59:59.999Z");
const engagement = { dueAt: DUE, reminderDays: [3, 0] };
const invited = { invitedAt: new Date("2026-12-01T10:00:00Z"), completedAt: null, bouncedAt: null };

describe("reminderMoment", () => {
  it("is the morning of the day that many days before the due day, however the due day's end is written", () => {
    expect(reminderMoment(DUE, 3).toISOString()).toBe("2026-12-09T08:00:00.000Z");
    expect(reminderMoment(DUE, 0).toISOString()).toBe("2026-12-12T08:00:00.000Z");
    expect(reminderMoment(new Date("2026-12-13T00:00:00Z"), 0).toISOString()).toBe("2026-12-12T08:00:00.000Z");
  });
});

describe("dueReminderDays", () => {
  it("says a reminder is due from its moment for one day, and not before", () => {
    expect(dueReminderDays(engagement, invited, new Date("2026-12-09T07:59:59Z"))).toEqual([]);
    expect(dueReminderDays(engagement, invited, new Date("2026-12-09T08:00:00Z"))).toEqual([3]);
    expect(dueReminderDays(engagement, invited, new Date("2026-12-10T07:59:59Z"))).toEqual([3]);
    expect(dueReminderDays(engagement, invited, new Date("2026-12-10T08:00:00Z"))).toEqual([]);
    expect(dueReminderDays(engagement, invited, new Date("2026-12-12T09:00:00Z"))).toEqual([0]);
  });

  it("sends none after the due moment, after completion, to a bounced address, or to someone not invited", () => {
    const late = new Date("2026-12-13T00:00:00Z");
    expect(dueReminderDays({ dueAt: new Date("2026-12-13T00:00:00Z"), reminderDays: [0] }, invited, late)).toEqual([]);
    const during = new Date("2026-12-09T09:00:00Z");
    expect(dueReminderDays(engagement, { ...invited, completedAt: new Date("2026-12-05T00:00:00Z") }, during)).toEqual([]);
    expect(dueReminderDays(engagement, { ...invited, bouncedAt: new Date("2026-12-01T10:01:00Z") }, during)).toEqual([]);
    expect(dueReminderDays(engagement, { ...invited, invitedAt: null }, during)).toEqual([]);
  });

  it("sends none right after an invitation queued after the reminder's moment", () => {
    const now = new Date("2026-12-09T09:00:00Z");
    expect(dueReminderDays(engagement, { ...invited, invitedAt: new Date("2026-12-09T08:30:00Z") }, now)).toEqual([]);
  });

  it("treats reminder days that are not a list of whole days as none", () => {
    expect(parseReminderDays([3, 3, 0])).toEqual([3, 0]);
    expect(parseReminderDays("3,0")).toEqual([]);
    expect(parseReminderDays([1.5])).toEqual([]);
    expect(dueReminderDays({ dueAt: DUE, reminderDays: null }, invited, new Date("2026-12-09T09:00:00Z"))).toEqual([]);
  });
});

describe("digestDay and dayBounds", () => {
  it("reports on the UTC day before, any hour of the day", () => {
    expect(digestDay(new Date("2026-12-06T00:00:00Z"))).toEqual({ day: "2026-12-05", from: new Date("2026-12-05T00:00:00Z"), to: new Date("2026-12-06T00:00:00Z") });
    expect(digestDay(new Date("2026-12-06T23:59:59Z")).day).toBe("2026-12-05");
    expect(dayBounds("2026-12-05")).toEqual({ from: new Date("2026-12-05T00:00:00Z"), to: new Date("2026-12-06T00:00:00Z") });
  });
});
