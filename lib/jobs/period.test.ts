import { describe, expect, it } from "vitest";
import { periodKey, periodOf } from "./period";

describe("periodOf and periodKey", () => {
  it("names the UTC day, whatever the local time zone would say", () => {
    expect(periodOf("day", new Date("2026-12-05T00:00:00.000Z"))).toBe("2026-12-05");
    expect(periodOf("day", new Date("2026-12-05T23:59:59.999Z"))).toBe("2026-12-05");
    expect(periodOf("day", new Date("2026-12-06T01:00:00+02:00"))).toBe("2026-12-05");
  });

  it("gives every instance the same key within a day and a new key the next day", () => {
    const morning = periodKey("retention.purge", "day", new Date("2026-12-05T03:00:00Z"));
    const evening = periodKey("retention.purge", "day", new Date("2026-12-05T21:30:00Z"));
    const nextDay = periodKey("retention.purge", "day", new Date("2026-12-06T00:00:00Z"));
    expect(morning).toBe("retention.purge:2026-12-05");
    expect(evening).toBe(morning);
    expect(nextDay).toBe("retention.purge:2026-12-06");
  });

  it("names the UTC hour for hourly jobs, one key per hour", () => {
    expect(periodOf("hour", new Date("2026-12-05T13:00:00.000Z"))).toBe("2026-12-05T13");
    expect(periodOf("hour", new Date("2026-12-05T13:59:59.999Z"))).toBe("2026-12-05T13");
    expect(periodKey("engagements.tick", "hour", new Date("2026-12-05T14:00:00+01:00"))).toBe("engagements.tick:2026-12-05T13");
  });

  it("refuses an invalid date rather than key a run 'Invalid Date'", () => {
    expect(() => periodOf("day", new Date("not a date"))).toThrow(RangeError);
  });
});
