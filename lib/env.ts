/**
 * The environment, validated once. next.config.js loads this module, so a bad value stops
 * the build and the server at start-up with a message naming the variable.
 */
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file: URL, for example file:./.data/rolefit.db")
    .default("file:./.data/rolefit.db"),
  SEED_DEMO_DATA: z.enum(["true", "false"]).default("true"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("localhost"),
});

export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: NodeJS.ProcessEnv): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee .env.example for every variable.`);
  }
  return parsed.data;
}

export const env: TEnv = parseEnv(process.env);
