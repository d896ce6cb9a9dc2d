/**
 * The environment, validated once. next.config.js loads this module, so a bad value stops
 * the build and the server at start-up with a message naming the variable.
 */
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database/provider";
import { parseTrustedProxies } from "./http/client-address";

/** A comma-separated setting: items trimmed, empty ones dropped, each checked by `item`. */
function commaList(item: z.ZodString) {
  return z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite file: URL (file:./.data/rolefit.db) or a PostgreSQL URL (postgres://user:password@host:5432/database)",
    )
    .default(DEFAULT_DATABASE_URL),
  /** Demo accounts with published passwords: on by default only for the embedded SQLite database. */
  SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("localhost"),
  /** Signs session tokens; every instance must share it. `npm start` makes one for the embedded default. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters; generate one with: openssl rand -base64 32").optional(),
  /**
   * Encrypts the ids of Server Actions and their closed-over values; every instance must share it,
   * or a form rendered by one instance fails when another receives it. 32 random bytes in base64.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((value) => [16, 24, 32].includes(Buffer.from(value, "base64").length), "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64; generate one with: openssl rand -base64 32")
    .optional(),
  /** The public URL of the app; session cookies get the __Secure- prefix when it is https. */
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a full URL such as https://rolefit.example.com").optional(),
  /** Optional single sign-on through any OpenID Connect provider; on when all three are set. */
  OIDC_ISSUER: z.url("OIDC_ISSUER must be the provider's issuer URL").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(40).default("single sign-on"),
  /**
   * Domains (comma-separated) this provider is authoritative for: their addresses count as verified
   * even when the provider sends no email_verified claim. Empty by default: only email_verified true links.
   */
  OIDC_TRUSTED_EMAIL_DOMAINS: commaList(
    z.string().toLowerCase().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "OIDC_TRUSTED_EMAIL_DOMAINS must be domain names separated by commas, such as example.com,example.org"),
  ),
  /** Whether multi-factor authentication the provider asserts (amr, or an acr in OIDC_MFA_ACR_VALUES) stands in for the account's code. */
  OIDC_TRUST_PROVIDER_MFA: z
    .enum(["true", "false"], { error: "OIDC_TRUST_PROVIDER_MFA must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
  /** acr values (comma-separated) that mean multi-factor authentication at this provider. */
  OIDC_MFA_ACR_VALUES: commaList(z.string().regex(/^[\x21-\x7e]{1,200}$/, "OIDC_MFA_ACR_VALUES must be acr values separated by commas, without spaces")),
  /** Engagement email and password-reset links go through this SMTP server when set; otherwise links are shown to copy (README, "Email"). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  SMTP_FROM: z.string().min(3).default("Rolefit <no-reply@localhost>"),
  /**
   * Proxies in front of the app (load balancer, ingress), as addresses or CIDR blocks: only their
   * X-Forwarded-For is believed when deciding a client's address for the per-address limits.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  /**
   * Where rendered PDF reports are kept (lib/report/pdf-cache.ts). Instances behind one load
   * balancer may point this at one shared directory, so a report rendered by one is a file read for all.
   */
  REPORT_CACHE_DIR: z.string().min(1).optional(),
  /**
   * For layout checks only (e2e/pseudo-locale.spec.ts): pages in English show every catalog message
   * in a pseudo-language, accented and 40% longer (lib/i18n/pseudo.ts). Never set in production.
   */
  PSEUDO_LOCALE: z
    .enum(["true", "false"], { error: "PSEUDO_LOCALE must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
  /** Whether this instance runs durable jobs (the retention purge). Every instance may: each job is claimed by one. */
  JOBS_ENABLED: z
    .enum(["true", "false"], { error: "JOBS_ENABLED must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
  /** How often an idle instance looks for due jobs, in milliseconds. */
  JOBS_POLL_INTERVAL_MS: z.coerce
    .number({ error: "JOBS_POLL_INTERVAL_MS must be a number of milliseconds" })
    .int("JOBS_POLL_INTERVAL_MS must be a whole number of milliseconds")
    .min(100, "JOBS_POLL_INTERVAL_MS must be at least 100")
    .max(3_600_000, "JOBS_POLL_INTERVAL_MS must be at most 3600000 (an hour)")
    .default(5_000),
  /** Drafts nobody submitted and no account holds are deleted this many days after their last change. */
  RETENTION_DRAFT_DAYS: z.coerce
    .number({ error: "RETENTION_DRAFT_DAYS must be a number of days" })
    .int("RETENTION_DRAFT_DAYS must be a whole number of days")
    .min(1, "RETENTION_DRAFT_DAYS must be at least 1")
    .max(3650, "RETENTION_DRAFT_DAYS must be at most 3650")
    .default(30),
  /**
   * Webhook deliveries to loopback, private, link-local and metadata addresses are refused in
   * production (server-side request forgery). "true" allows them, for an installation whose
   * receivers sit on its own private network. Outside production they are always allowed.
   */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: z
    .enum(["true", "false"], { error: "WEBHOOK_ALLOW_PRIVATE_ADDRESSES must be true or false (true lets webhooks reach private and loopback addresses in production)" })
    .default("false")
    .transform((value) => value === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent" }).optional(),
}).superRefine((env, ctx) => {
  // PostgreSQL is the scale-out set-up: several instances must sign sessions and encrypt Server
  // Actions with the same keys, so production refuses to start without them rather than make some up.
  if (env.NODE_ENV === "production" && /^postgres/.test(env.DATABASE_URL)) {
    for (const name of ["AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"] as const) {
      if (!env[name]) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `${name} is required in production on PostgreSQL, and every instance must share the same value. Generate one with: openssl rand -base64 32`,
        });
      }
    }
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc > 0 && oidc < 3) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them." });
  }
  // Listing acr values without trusting the provider's MFA would look like a setting that works and is not.
  if (env.OIDC_MFA_ACR_VALUES.length > 0 && !env.OIDC_TRUST_PROVIDER_MFA) {
    ctx.addIssue({ code: "custom", path: ["OIDC_MFA_ACR_VALUES"], message: "OIDC_MFA_ACR_VALUES is read only with OIDC_TRUST_PROVIDER_MFA=true: set both, or neither." });
  }
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
