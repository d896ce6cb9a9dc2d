/**
 * A small world of people and organizations with unique identities, so every spec seeds what it
 * needs and never depends on the demo data. The writing happens in world-db.ts, in a child process.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

export const WORLD_PASSWORD = "a long enough test passphrase";

export const ACTORS = ["anonymous", "execA", "execA2", "execB", "consultantA", "consultantB", "admin"] as const;
export type ActorName = (typeof ACTORS)[number];
export type PersonName = Exclude<ActorName, "anonymous">;

export interface Person {
  id: string;
  email: string;
  totpSecret: string | null;
  /** Set for the demo accounts; the world's people share WORLD_PASSWORD. */
  password?: string;
}

export interface World {
  people: Record<PersonName, Person>;
  orgA: string;
  orgB: string;
  /** Organization B's name: it must never appear in a response to anyone outside B. */
  orgBName: string;
  /** execA's submitted result in A, and execB's in B. */
  resultA: string;
  resultB: string;
  /** execA2's submitted result in A: a second result there, to compare with resultA. */
  resultA2: string;
  draftA: string;
  /** The resume token of execA's draft: the owner's link. */
  draftAToken: string;
  /** A resume token of an anonymous draft, for the capability routes. */
  anonymousToken: string;
  /** The resume token of an anonymous respondent's submitted assessment: its holder is the respondent. */
  anonymousResultToken: string;
  /** The resume token of execA's submitted resultA: saved to execA's account, so it needs execA signed in. */
  resultAToken: string;
  invitationToken: string;
  /** A working share link execA made to resultA: the token is the only credential its holder needs. */
  shareToken: string;
  /** An open engagement of A with one respondent, and that respondent's personal link token. */
  engagementA: string;
  engagementLinkToken: string;
}

/** Writes to the end-to-end server's database, or to `databaseUrl` when given. */
function runWorldDb(databaseUrl: string | undefined, ...args: string[]): string {
  const tsx = path.resolve("node_modules", ".bin", "tsx");
  const url = databaseUrl ?? `file:${path.resolve(".data", "e2e.db")}`;
  return execFileSync(tsx, [path.resolve("e2e", "support", "world-db.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, WORLD_DATABASE_URL: url },
  });
}

export function createWorld(databaseUrl?: string): World {
  return JSON.parse(runWorldDb(databaseUrl, "create")) as World;
}

export function disableUser(userId: string, databaseUrl?: string): void {
  runWorldDb(databaseUrl, "disable", userId);
}
