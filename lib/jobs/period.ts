/**
 * Recurring jobs are enqueued by every instance's scheduler; the job's dedupe key names the
 * period it is for, so however many instances enqueue the same period, one row exists.
 */
export type Period = "day" | "hour";

/** The UTC day `now` falls in, as YYYY-MM-DD, or its UTC hour, as YYYY-MM-DDTHH. */
export function periodOf(period: Period, now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError("periodOf needs a valid date");
  switch (period) {
    case "day":
      return now.toISOString().slice(0, 10);
    case "hour":
      return now.toISOString().slice(0, 13);
  }
}

/** The dedupe key of one run of a recurring job, for example `retention.purge:2026-12-05`. */
export function periodKey(kind: string, period: Period, now: Date): string {
  return `${kind}:${periodOf(period, now)}`;
}
