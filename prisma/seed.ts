/**
 * The demo data set: an administrator, a consultant, two client organizations and three
 * executives with submitted results, so a newcomer can explore every role at once, and six
 * marked demo peers of the bank, so its results show the peer benchmark at work.
 * Seeded into a new, empty database unless SEED_DEMO_DATA=false; prints the credentials.
 */
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "../lib/auth/primitives/password-hash";
import { hashOpaqueToken, newOpaqueToken } from "../lib/auth/primitives/tokens";
import { createPrismaClient } from "../lib/db-client";
import { parseEnv } from "../lib/env";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { ARCHETYPES } from "../lib/scoring/archetypes";
import { score } from "../lib/scoring";
import { resultColumns } from "../lib/portfolio/result-columns";
import { DEMO_ORGANIZATIONS, DEMO_PEER_ORGANIZATIONS, DEMO_PEER_RESPONDENT, DEMO_TOTP_SECRET, DEMO_USERS } from "./demo-data";

interface DemoOrganization {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
}

async function submitDemoAssessment(db: PrismaClient, userId: string | null, organization: DemoOrganization, respondentName: string, archetypeIndex: number, respondentRole = "other_executive") {
  const archetype = ARCHETYPES[archetypeIndex];
  if (!archetype) throw new Error(`No archetype ${archetypeIndex}`);
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers });
  const answers = archetype.answers as Prisma.InputJsonValue;
  const details = { organizationName: organization.name, respondentName, respondentRole };
  const { organizationId, ...columns } = resultColumns({ answers: archetype.answers, output, details, organization });
  await db.assessment.create({
    data: {
      resumeTokenHash: hashOpaqueToken(newOpaqueToken()),
      questionnaireVersion: QUESTIONNAIRE.version,
      answers,
      ...details,
      userId,
      organizationId: organization.id,
      revision: 1,
      submittedAt: new Date(),
      result: {
        create: {
          idempotencyKey: randomUUID(),
          questionnaireVersion: QUESTIONNAIRE.version,
          modelVersion: output.modelVersion,
          answers,
          ...details,
          recommendation: output.recommended,
          confidence: output.confidence.level,
          output: output as unknown as Prisma.InputJsonValue,
          ...columns,
          ...(organizationId ? { organization: { connect: { id: organizationId } } } : {}),
        },
      },
    },
  });
}

export async function seedDemoData(): Promise<void> {
  const env = parseEnv(process.env);
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const organizations = new Map<string, DemoOrganization>();
    for (const org of DEMO_ORGANIZATIONS) {
      const { key, ...data } = org;
      organizations.set(key, await db.organization.create({ data, select: { id: true, name: true, industry: true, sizeBand: true } }));
    }
    const peers: DemoOrganization[] = [];
    for (const peer of DEMO_PEER_ORGANIZATIONS) {
      const { archetype, ...data } = peer;
      const organization = await db.organization.create({ data, select: { id: true, name: true, industry: true, sizeBand: true } });
      await submitDemoAssessment(db, null, organization, DEMO_PEER_RESPONDENT, archetype);
      peers.push(organization);
    }
    for (const person of DEMO_USERS) {
      const user = await db.user.create({
        data: {
          email: person.email,
          name: person.name,
          passwordHash: await hashPassword(person.password),
          isPlatformAdmin: person.isPlatformAdmin ?? false,
          totpSecret: person.totp ? DEMO_TOTP_SECRET : null,
          totpEnabledAt: person.totp ? new Date() : null,
        },
      });
      // The demo consultant serves the peer banks too: a benchmark only compares organizations in the consultant's own portfolio.
      if (person.memberships.some((membership) => membership.role === "consultant")) {
        await db.membership.createMany({ data: peers.map((peer) => ({ userId: user.id, organizationId: peer.id, role: "consultant" })) });
      }
      for (const membership of person.memberships) {
        const organization = organizations.get(membership.org)!;
        await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: membership.role } });
        if (membership.role === "executive" && person.archetype !== undefined) {
          await submitDemoAssessment(db, user.id, organization, person.name, person.archetype, person.respondentRole);
        }
      }
    }
  } finally {
    await db.$disconnect();
  }
  // Emails only: the output is the server's log, and no password or secret belongs in a log,
  // even published demo ones. The README lists them.
  const lines = DEMO_USERS.map((person) => `  ${person.email}${person.totp ? "   (authenticator code needed)" : ""}`);
  console.log(
    [
      `Seeded the demo data set: ${DEMO_ORGANIZATIONS.length} organizations and ${DEMO_PEER_ORGANIZATIONS.length} demo peers, ${DEMO_USERS.length} people. Sign in at http://${env.HOSTNAME}:${env.PORT}/sign-in as:`,
      ...lines,
      "  Their passwords and the authenticator secret are in README.md, section \"Demo data\".",
    ].join("\n"),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  seedDemoData().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
