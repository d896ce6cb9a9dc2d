/**
 * The demo data set: a handful of submitted assessments built from the scoring model's
 * archetype companies, so a newcomer sees real results at once. Prints their links.
 */
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { hashOpaqueToken, newOpaqueToken } from "../lib/auth/primitives/tokens";
import { createPrismaClient } from "../lib/db-client";
import { parseEnv } from "../lib/env";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { ARCHETYPES } from "../lib/scoring/archetypes";
import { score } from "../lib/scoring";

const DEMO_COUNT = 5;

export async function seedDemoData(): Promise<void> {
  const env = parseEnv(process.env);
  const db = createPrismaClient(env.DATABASE_URL);
  const links: string[] = [];
  try {
    for (const archetype of ARCHETYPES.slice(0, DEMO_COUNT)) {
      const token = newOpaqueToken();
      const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers });
      const answers = archetype.answers as Prisma.InputJsonValue;
      const details = { organizationName: `${archetype.name} (demo)`, respondentName: "Demo respondent", respondentRole: "ceo" };
      await db.assessment.create({
        data: {
          resumeTokenHash: hashOpaqueToken(token),
          questionnaireVersion: QUESTIONNAIRE.version,
          answers,
          ...details,
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
            },
          },
        },
      });
      links.push(`  ${archetype.name}: http://${env.HOSTNAME}:${env.PORT}/assessment/${token}/result`);
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`Seeded ${links.length} demo results:\n${links.join("\n")}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  seedDemoData().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
