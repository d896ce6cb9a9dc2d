/**
 * Integrity guarantees of the storage layer, on whichever database the suite runs against:
 * idempotent submissions, answers never stored without their result, and on SQLite the pragmas
 * plus regressions for Prisma's known failures with concurrent interactive transactions
 * (prisma/orm#29870: three concurrent transactions on two cores all fail with P1008;
 * prisma/orm#29933: one SQLITE_BUSY at commit silently loses later acknowledged writes).
 */
import { randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "./auth/actor";
import { hashOpaqueToken } from "./auth/primitives/tokens";
import { providerOf } from "./database/provider";
import { db, ensurePragmas, serializeWrite } from "./db";
import { sqliteFilePath } from "./db-url";
import { createAssessment, saveDraft, submitAssessment } from "./services/assessments";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "./testing/fixtures";

const databaseUrl = process.env.DATABASE_URL ?? "";
const onSqlite = providerOf(databaseUrl) === "sqlite";

describe("submissions", () => {
  it("turns 20 concurrent replays of one idempotency key into exactly one row and one response", async () => {
    const { token } = await createAssessment();
    const key = randomUUID();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key))));
    expect(new Set(outcomes.map((outcome) => outcome.resultId)).size).toBe(1);
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(await db.result.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("never leaves a submitted assessment without its result, even when storing the result fails", async () => {
    const { token } = await createAssessment();
    const taken = await createAssessment();
    const key = randomUUID();
    await submitAssessment(ANONYMOUS, taken.token, submissionBody(COMPLETE_ANSWERS, key));
    // The same key on another assessment is refused before anything is written.
    await expect(submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key))).rejects.toMatchObject({ kind: "conflict" });
    const assessment = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) }, include: { result: true } });
    expect(assessment.submittedAt).toBeNull();
    expect(assessment.result).toBeNull();
    const orphans = await db.assessment.count({ where: { submittedAt: { not: null }, result: { is: null } } });
    expect(orphans).toBe(0);
  });
});

describe.runIf(onSqlite)("SQLite settings", () => {
  it("runs in WAL mode with foreign keys on, and no synchronous busy wait (it would block the process: the adapter waits for another process's lock asynchronously)", async () => {
    await ensurePragmas();
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [foreignKeys] = await db.$queryRawUnsafe<{ foreign_keys: number | bigint }[]>("PRAGMA foreign_keys");
    const [busy] = await db.$queryRawUnsafe<Record<string, number | bigint>[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(foreignKeys?.foreign_keys)).toBe(1);
    expect(Number(Object.values(busy ?? {})[0])).toBe(0);
  });
});

describe.runIf(onSqlite)("concurrent read-then-write transactions on SQLite", () => {
  it("completes many concurrent interactive transactions without P1008 or lost updates (prisma/orm#29870)", async () => {
    const { token } = await createAssessment();
    const assessment = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    const increments = 12;
    await Promise.all(
      Array.from({ length: increments }, () =>
        serializeWrite(() =>
          db.$transaction(async (tx) => {
            const current = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { revision: true } });
            await new Promise((resolve) => setTimeout(resolve, 5));
            await tx.assessment.update({ where: { id: assessment.id }, data: { revision: current.revision + 1 } });
          }),
        ),
      ),
    );
    const after = await db.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { revision: true } });
    expect(after.revision).toBe(assessment.revision + increments);
  });

  it("keeps later acknowledged writes after another process wrote in the middle of a read-then-write transaction (prisma/orm#29933)", async () => {
    const { token } = await createAssessment();
    const tokenHash = hashOpaqueToken(token);
    await ensurePragmas();
    const writer = startWriterProcess(tokenHash);
    await writer.ready;
    // Read, let the other process try to write, then write: with a deferred BEGIN the other write
    // lands in between and this transaction's write fails; with BEGIN IMMEDIATE the other waits.
    await serializeWrite(() =>
      db.$transaction(async (tx) => {
        const current = await tx.assessment.findUniqueOrThrow({ where: { resumeTokenHash: tokenHash }, select: { revision: true } });
        writer.go();
        await Promise.race([writer.written, new Promise((resolve) => setTimeout(resolve, 300))]);
        await tx.assessment.update({ where: { resumeTokenHash: tokenHash }, data: { revision: current.revision + 1 } });
      }),
    );
    // The other process's write went through too, after this transaction.
    await writer.done;
    expect((await readInAnotherProcess(tokenHash)).organizationName).toBe("written by another process");
    const acknowledged: number[] = [];
    for (let index = 0; index < 5; index += 1) acknowledged.push((await saveDraft(ANONYMOUS, token, draftBody({ employees: 100 + index }))).revision);
    // Read back through another connection, so nothing left uncommitted on the app's connection can hide a loss.
    const row = await readInAnotherProcess(tokenHash);
    expect(row.revision).toBe(Math.max(...acknowledged));
    expect(row.answers).toMatchObject({ employees: 104 });
  });
});

function startWriterProcess(tokenHash: string) {
  const file = JSON.stringify(sqliteFilePath(databaseUrl));
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(${file}, { timeout: 5000 });
       console.log("ready");
       process.stdin.once("data", () => {
         db.prepare('UPDATE "Assessment" SET "organizationName" = ? WHERE "resumeTokenHash" = ?').run("written by another process", ${JSON.stringify(tokenHash)});
         console.log("written");
         db.close();
         process.exit(0);
       });`,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = (wanted: string) =>
    new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => chunk.toString().split("\n").includes(wanted) && resolve()));
  return {
    ready: lines("ready"),
    written: lines("written"),
    go: () => child.stdin.write("go\n"),
    done: new Promise<void>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`))))),
  };
}

async function readInAnotherProcess(tokenHash: string): Promise<{ revision: number; organizationName: string | null; answers: Record<string, unknown> }> {
  const file = JSON.stringify(sqliteFilePath(databaseUrl));
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(${file}, { readonly: true });
         const row = db.prepare('SELECT "revision", "organizationName", "answers" FROM "Assessment" WHERE "resumeTokenHash" = ?').get(${JSON.stringify(tokenHash)});
         console.log(JSON.stringify({ ...row, answers: JSON.parse(row.answers) }));`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`reader exited with ${code}`))));
  });
  return JSON.parse(output) as { revision: number; organizationName: string | null; answers: Record<string, unknown> };
}
