/**
 * A small world of people and organizations, written straight into the end-to-end database
 * with unique identities, so every spec seeds what it needs and never depends on the demo data.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Prisma } from "../../generated/prisma/client";
import { hashPassword } from "../../lib/auth/primitives/password-hash";
import { hashOpaqueToken, newOpaqueToken, } from "../../lib/auth/primitives/tokens";
import { newTotpSecret } from "../../lib/auth/primitives/totp";
import { createPrismaClient } from "../../lib/db-client";
import { QUESTIONNAIRE } from "../../lib/questionnaire/definition";
import { ARCHETYPES } from "../../lib/scoring/archetypes";
import { score } from "../../lib/scoring";

export const E2E_DATABASE_URL = `file:${path.resolve(".data", "e2e.db")}`;
export const WORLD_PASSWORD = "a long enough test passphrase";

export const ACTORS = ["anonymous", "execA", "execA2", "execB", "consultantA", "consultantB", "admin"] as const;
export type ActorName = (typeof ACTORS)[number];
export type PersonName = Exclude<ActorName, "anonymous">;

export interface Person {
  id: string;
  email: string;
  totpSecret: string | null;
}

export interface World {
  people: Record<PersonName, Person>;
  orgA: string;
  orgB: string;
  /** execA's submitted result in A, and execB's in B. */
  resultA: string;
  resultB: string;
  draftA: string;
  /** A resume token of an anonymous draft, for the capability routes. */
  anonymousToken: string;
  invitationToken: string;
}

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

async function submitted(client: ReturnType<typeof db>, userId: string, organizationId: string): Promise<{ resultId: string; assessmentId: string }> {
  const answers = ARCHETYPES[0]!.answers;
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
  const assessment = await client.assessment.create({
    data: {
      resumeTokenHash: hashOpaqueToken(newOpaqueToken()),
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
          recommendation: output.recommended,
          confidence: output.confidence.level,
          output: output as unknown as Prisma.InputJsonValue,
        },
      },
    },
    include: { result: true },
  });
  return { resultId: assessment.result!.id, assessmentId: assessment.id };
}

export async function createWorld(): Promise<World> {
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
    const a = await submitted(client, people.execA.id, orgA.id);
    const b = await submitted(client, people.execB.id, orgB.id);
    const draft = await client.assessment.create({
      data: { resumeTokenHash: hashOpaqueToken(newOpaqueToken()), questionnaireVersion: QUESTIONNAIRE.version, answers: {}, userId: people.execA.id, organizationId: orgA.id },
    });
    const anonymousToken = newOpaqueToken();
    await client.assessment.create({ data: { resumeTokenHash: hashOpaqueToken(anonymousToken), questionnaireVersion: QUESTIONNAIRE.version, answers: {} } });
    const invitationToken = newOpaqueToken();
    await client.invitation.create({
      data: { organizationId: orgA.id, tokenHash: hashOpaqueToken(invitationToken), role: "executive", expiresAt: new Date(Date.now() + 86_400_000), maxUses: 50, createdById: people.consultantA.id },
    });
    return { people, orgA: orgA.id, orgB: orgB.id, resultA: a.resultId, resultB: b.resultId, draftA: draft.id, anonymousToken, invitationToken };
  } finally {
    await client.$disconnect();
  }
}

export async function disableUser(userId: string): Promise<void> {
  const client = db();
  try {
    await client.user.update({ where: { id: userId }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
  } finally {
    await client.$disconnect();
  }
}
