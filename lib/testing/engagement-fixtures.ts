/**
 * For tests: an engagement with its organization, consultant and respondents written straight
 * with the Prisma client, as the engagement service would leave them. Every name and address is
 * fresh, so tests sharing a database never meet.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { resendCounterKey } from "../services/engagements";
import { pngBytes } from "./logo-images";

export interface EngagementFixtureOptions {
  respondents?: number;
  dueAt?: Date;
  reminderDays?: number[];
  notify?: "each" | "digest";
  firmName?: string | null;
  withLogo?: boolean;
  /** Respondents' invitedAt (null: not yet invited). */
  invitedAt?: Date | null;
  /** Leave createdById null (the creator's account was deleted). */
  withoutCreator?: boolean;
}

export interface EngagementFixture {
  organizationId: string;
  engagementId: string;
  consultant: { id: string; email: string };
  respondents: Array<{ id: string; email: string; name: string; linkToken: string; assessmentId: string }>;
}

export async function createEngagementFixture(client: PrismaClient, options: EngagementFixtureOptions = {}): Promise<EngagementFixture> {
  const tag = randomUUID().slice(0, 8);
  const organization = await client.organization.create({
    data: {
      name: `Client ${tag}`,
      consultantFirmName: options.firmName === undefined ? `Firm ${tag}` : options.firmName,
      ...(options.withLogo ? { logo: { create: { mediaType: "image/png", bytes: Buffer.from(pngBytes()) } } } : {}),
    },
  });
  const consultant = await client.user.create({ data: { email: `consultant-${tag}@firm.example`, name: "Cora Consultant" } });
  await client.membership.create({ data: { userId: consultant.id, organizationId: organization.id, role: "consultant" } });
  const engagement = await client.engagement.create({
    data: {
      organizationId: organization.id,
      name: `Leadership ${tag}`,
      dueAt: options.dueAt ?? new Date(Date.now() + 14 * 24 * 3_600_000),
      message: "Dear team,\nplease tell us how you see our technology leadership.",
      reminderDays: options.reminderDays ?? [3, 0],
      notify: options.notify ?? "each",
      createdById: options.withoutCreator ? null : consultant.id,
    },
  });
  const respondents: EngagementFixture["respondents"] = [];
  for (let i = 0; i < (options.respondents ?? 3); i++) {
    const email = `respondent-${i}-${tag}@client.example`;
    const name = `Respondent ${i} ${tag}`;
    const assessment = await client.assessment.create({
      data: { resumeTokenHash: randomBytes(32).toString("hex"), questionnaireVersion: QUESTIONNAIRE.version, answers: {}, organizationId: organization.id, respondentName: name, respondentRole: "ceo" },
    });
    const linkToken = randomBytes(32).toString("base64url");
    const row = await client.engagementRespondent.create({
      data: { engagementId: engagement.id, name, email, role: "ceo", linkToken, assessmentId: assessment.id, invitedAt: options.invitedAt === undefined ? null : options.invitedAt },
    });
    respondents.push({ id: row.id, email, name, linkToken, assessmentId: assessment.id });
  }
  return { organizationId: organization.id, engagementId: engagement.id, consultant: { id: consultant.id, email: consultant.email }, respondents };
}

/**
 * As five minutes after these people's invitations went out: a resend is then judged on who asks
 * for it, not on how soon after the invitation (RESEND_LIMIT in lib/services/engagements.ts).
 */
export async function forgetInvitationsSent(client: PrismaClient, respondentIds: readonly string[]): Promise<void> {
  await client.rateLimitCounter.updateMany({ where: { key: { in: respondentIds.map(resendCounterKey) } }, data: { windowEndsAt: new Date(Date.now() - 1_000) } });
}
