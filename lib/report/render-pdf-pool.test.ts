/**
 * The render pool's limits, on small pools of real workers: renders past the queue are refused
 * with 429 and a Retry-After, and a report too large for a worker's heap with 422. A worker that
 * warmed up on a sample report makes the same PDF as a cold one.
 */
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { pngBytes } from "../testing/logo-images";
import { LOGO_LIMITS } from "../validation/logo-image";
import { opaquePng } from "./pdf/opaque-png";
import { createRenderPool } from "./render-pdf";
import { archetypeReport, organizationReportFixture } from "../testing/report-fixtures";
import { warmUpReports } from "./warm-up-report";

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString("latin1") === "%PDF-";

describe("the PDF render pool", () => {
  it("runs one render per thread, queues as many as allowed, refuses the next with 429 and Retry-After, and renders again once there is room", async () => {
    const pool = createRenderPool({ threads: 1, queuePerThread: 1 });
    const report = archetypeReport("regional_bank");
    const outcomes = await Promise.allSettled([pool.render(report), pool.render(report), pool.render(report)]);
    const [first, second, third] = outcomes;
    expect(first?.status === "fulfilled" && isPdf(first.value)).toBe(true);
    expect(second?.status === "fulfilled" && isPdf(second.value)).toBe(true);
    expect(third?.status).toBe("rejected");
    const refusal = third?.status === "rejected" ? third.reason : null;
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: "rate_limited", code: "renders_busy" });
    expect((refusal as DomainError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refusal as DomainError).message).toMatch(/Try again in \d+ s/);
    expect(isPdf(await pool.render(report))).toBe(true);
  }, 120_000);

  it("refuses a report too large for a worker's heap with 422, and renders the next one in a fresh worker", async () => {
    const pool = createRenderPool({ threads: 1, queuePerThread: 1, heapMb: 64 });
    const uploaded = pngBytes({ width: LOGO_LIMITS.maxWidth, height: LOGO_LIMITS.maxHeight, colorType: 6, bitDepth: 16 });
    const large = organizationReportFixture(10, { consultantFirmLogo: opaquePng(uploaded) ?? uploaded });
    await expect(pool.render(large)).rejects.toMatchObject({ kind: "unprocessable", code: "report_too_large" });
    expect(isPdf(await pool.render(archetypeReport("regional_bank")))).toBe(true);
  }, 120_000);

  it("makes the same PDF, byte for byte, in a worker that warmed up on the sample reports as in a cold one", async () => {
    const warm = createRenderPool({ threads: 1, queuePerThread: 1, warm: { threads: 1, reports: warmUpReports() } });
    const cold = createRenderPool({ threads: 1, queuePerThread: 1 });
    for (const report of [archetypeReport("regional_bank"), archetypeReport("public_agency", { locale: "fr" }), organizationReportFixture(3)]) {
      const [fromWarm, fromCold] = await Promise.all([warm.render(report), cold.render(report)]);
      expect(isPdf(fromWarm)).toBe(true);
      expect(fromWarm.equals(fromCold)).toBe(true);
    }
  }, 120_000);
});
