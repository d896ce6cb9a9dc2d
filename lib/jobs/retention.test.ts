import { describe, expect, it } from "vitest";
import { DAY_MS, draftDeletionDate, ENDED_LINK_GRACE_DAYS, FINISHED_JOB_KEEP_DAYS, retentionCutoffs, WEBHOOK_DELIVERY_KEEP_DAYS } from "./retention";

const NOW = new Date("2026-12-05T12:00:00.000Z");

describe("retentionCutoffs", () => {
  it("keeps drafts for the configured days, ended links for the grace, and ended counters not at all", () => {
    const cutoffs = retentionCutoffs(NOW, { draftDays: 30 });
    expect(cutoffs.draftsChangedBefore.toISOString()).toBe("2026-11-05T12:00:00.000Z");
    expect(NOW.getTime() - cutoffs.linksEndedBefore.getTime()).toBe(ENDED_LINK_GRACE_DAYS * DAY_MS);
    expect(cutoffs.endedBefore).toEqual(NOW);
    expect(NOW.getTime() - cutoffs.jobsFinishedBefore.getTime()).toBe(FINISHED_JOB_KEEP_DAYS * DAY_MS);
    expect(cutoffs.webhookDeliveriesCreatedBefore.toISOString()).toBe("2026-11-05T12:00:00.000Z");
    expect(WEBHOOK_DELIVERY_KEEP_DAYS).toBe(30);
  });

  it("follows the setting", () => {
    expect(retentionCutoffs(NOW, { draftDays: 1 }).draftsChangedBefore.toISOString()).toBe("2026-12-04T12:00:00.000Z");
  });
});

describe("draftDeletionDate", () => {
  it("is the draft's last change plus the retention period", () => {
    expect(draftDeletionDate(new Date("2026-12-05T08:00:00Z"), { draftDays: 30 }).toISOString()).toBe("2027-01-04T08:00:00.000Z");
  });

  it("is exactly the moment from which the purge's cutoff takes the draft", () => {
    const updatedAt = new Date("2026-10-01T00:00:00Z");
    const deletion = draftDeletionDate(updatedAt, { draftDays: 30 });
    const justBefore = new Date(deletion.getTime());
    const justAfter = new Date(deletion.getTime() + 1);
    expect(updatedAt < retentionCutoffs(justBefore, { draftDays: 30 }).draftsChangedBefore).toBe(false);
    expect(updatedAt < retentionCutoffs(justAfter, { draftDays: 30 }).draftsChangedBefore).toBe(true);
  });
});
