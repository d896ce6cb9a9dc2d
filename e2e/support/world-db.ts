/**
 * Writes the end-to-end world straight into the end-to-end database. Runs under tsx in its own
 * process (Playwright's loader cannot load the generated Prisma client); prints JSON.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Prisma } from "../../generated/prisma/client";
import { hashPassword } from "../../lib/auth/primitives/password-hash";
import { hashOpaqueToken, newOpaqueToken } from "../../lib/auth/primitives/tokens";
import { newTotpSecret } from "../../lib/auth/primitives/totp";
import { createPrismaClient } from "../../lib/db-client";
import { QUESTIONNAIRE } from "../../lib/questionnaire/definition";
import { ARCHETYPES } from "../../lib/scoring/archetypes";
import { score } from "../../lib/scoring";
import { resultColumns } from "../../lib/portfolio/result-columns";

// The end-to-end server's file, unless the caller names another database (the three-instance test's PostgreSQL).
const E2E_DATABASE_URL = process.env.WORLD_DATABASE_URL ?? `file:${path.resolve(".data", "e2e.db")}`;
import { WORLD_PASSWORD, type Person, type PersonName, type World } from "./world";

const db = () => createPrismaClient(E2E_DATABASE_URL);

async function person(client: ReturnType<typeof db>, label: string, options: { admin?: boolean; totp?: boolean } = {}): Promise<Person> {
  const email = `${label.toLowerCase()}-${randomUUID()}@e2e.rolefit.test`;
  const totpSecret = options.totp ? newTotpSecret() : null;
  const user = await client.user.create({
    data: {
      email,
      name: label,
      passwordHash: await hashPassword(WORLD_PASSWORD),
      isPlatformAdmin: options.admin ?? false,
      totpSecret,
      totpEnabledAt: totpSecret ? new Date() : null,
    },
  });
  return { id: user.id, email, totpSecret };
}

interface Respondent {
  name: string;
  role: string;
  /** Which archetype's answers the respondent gave, so two results of one organization can differ. */
  archetype: number;
}

/** A submitted assessment: a member's in their organization, or, with neither, an anonymous respondent's. */
async function submitted(
  client: ReturnType<typeof db>,
  userId: string | null,
  organizationId: string | null,
  respondent: Respondent,
): Promise<{ resultId: string; assessmentId: string; token: string }> {
  const answers = ARCHETYPES[respondent.archetype]!.answers;
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
  const token = newOpaqueToken();
  const organization = organizationId
    ? await client.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, name: true, industry: true, sizeBand: true } })
    : null;
  const { organizationId: _organizationId, ...columns } = resultColumns({ answers, output, details: { organizationName: "World Co", respondentName: respondent.name }, organization });
  const assessment = await client.assessment.create({
    data: {
      resumeTokenHash: hashOpaqueToken(token),
      questionnaireVersion: QUESTIONNAIRE.version,
      answers: answers as Prisma.InputJsonValue,
      organizationName: "World Co",
      userId,
      organizationId,
      submittedAt: new Date(),
      result: {
        create: {
          idempotencyKey: randomUUID(),
          questionnaireVersion: QUESTIONNAIRE.version,
          modelVersion: output.modelVersion,
          answers: answers as Prisma.InputJsonValue,
          organizationName: "World Co",
          respondentName: respondent.name,
          respondentRole: respondent.role,
          recommendation: output.recommended,
          confidence: output.confidence.level,
          output: output as unknown as Prisma.InputJsonValue,
          ...columns,
          ...(organizationId ? { organization: { connect: { id: organizationId } } } : {}),
        },
      },
    },
    include: { result: true },
  });
  return { resultId: assessment.result!.id, assessmentId: assessment.id, token };
}

async function createWorld(): Promise<World> {
  const client = db();
  try {
    const orgA = await client.organization.create({ data: { name: `Org A ${randomUUID().slice(0, 8)}` } });
    const orgB = await client.organization.create({ data: { name: `Org B ${randomUUID().slice(0, 8)}` } });
    const people = {
      execA: await person(client, "execA"),
      execA2: await person(client, "execA2"),
      execB: await person(client, "execB"),
      consultantA: await person(client, "consultantA", { totp: true }),
      consultantB: await person(client, "consultantB", { totp: true }),
      admin: await person(client, "admin", { admin: true, totp: true }),
    };
    const memberships: [PersonName, string, "executive" | "consultant"][] = [
      ["execA", orgA.id, "executive"],
      ["execA2", orgA.id, "executive"],
      ["execB", orgB.id, "executive"],
      ["consultantA", orgA.id, "consultant"],
      ["consultantB", orgB.id, "consultant"],
    ];
    for (const [name, organizationId, role] of memberships) {
      await client.membership.create({ data: { userId: people[name].id, organizationId, role } });
    }
    const a = await submitted(client, people.execA.id, orgA.id, { name: "Ada Quist", role: "ceo", archetype: 0 });
    const b = await submitted(client, people.execB.id, orgB.id, { name: "Ben Rowe", role: "technology_executive", archetype: 0 });
    const a2 = await submitted(client, people.execA2.id, orgA.id, { name: "Cleo Marsh", role: "cfo", archetype: 3 });
    const draftAToken = newOpaqueToken();
    const draft = await client.assessment.create({
      data: { resumeTokenHash: hashOpaqueToken(draftAToken), questionnaireVersion: QUESTIONNAIRE.version, answers: {}, userId: people.execA.id, organizationId: orgA.id },
    });
    const anonymousResult = await submitted(client, null, null, { name: "Dee Anon", role: "ceo", archetype: 1 });
    const anonymousToken = newOpaqueToken();
    await client.assessment.create({ data: { resumeTokenHash: hashOpaqueToken(anonymousToken), questionnaireVersion: QUESTIONNAIRE.version, answers: {} } });
    const invitationToken = newOpaqueToken();
    await client.invitation.create({
      data: { organizationId: orgA.id, tokenHash: hashOpaqueToken(invitationToken), role: "executive", expiresAt: new Date(Date.now() + 86_400_000), maxUses: 50, createdById: people.consultantA.id },
    });
    const shareToken = newOpaqueToken();
    await client.shareLink.create({
      data: { tokenHash: hashOpaqueToken(shareToken), resultId: a.resultId, expiresAt: new Date(Date.now() + 86_400_000), createdById: people.execA.id },
    });
    const engagementLinkToken = newOpaqueToken();
    const engagementA = await client.engagement.create({
      data: {
        organizationId: orgA.id,
        name: "World engagement",
        dueAt: new Date(Date.now() + 14 * 86_400_000),
        message: "Please answer.",
        reminderDays: [3, 0],
        createdById: people.consultantA.id,
        respondents: {
          create: {
            name: "Eve Engaged",
            email: "eve@world.example",
            role: "coo",
            linkToken: engagementLinkToken,
            assessment: { create: { resumeTokenHash: hashOpaqueToken(engagementLinkToken), questionnaireVersion: QUESTIONNAIRE.version, answers: {}, organizationId: orgA.id, respondentName: "Eve Engaged", respondentRole: "coo" } },
          },
        },
      },
    });
    return { people, orgA: orgA.id, orgB: orgB.id, orgBName: orgB.name, resultA: a.resultId, resultB: b.resultId, resultA2: a2.resultId, draftA: draft.id, draftAToken, anonymousToken, anonymousResultToken: anonymousResult.token, resultAToken: a.token, invitationToken, shareToken, engagementA: engagementA.id, engagementLinkToken };
  } finally {
    await client.$disconnect();
  }
}

async function disableUser(userId: string): Promise<void> {
  const client = db();
  try {
    await client.user.update({ where: { id: userId }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
  } finally {
    await client.$disconnect();
  }
}

const [command, argument] = process.argv.slice(2);
const work = command === "create" ? createWorld() : command === "disable" && argument ? disableUser(argument).then(() => ({ disabled: argument })) : Promise.reject(new Error("usage: world-db.ts create | disable <userId>"));
work.then(
  (value) => process.stdout.write(JSON.stringify(value)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
