/**
 * After the end-to-end run: the server's whole log must hold no password, secret, token or
 * answer, and every request line its request id. Run by `npm run test:e2e` after Playwright.
 */
import fs from "node:fs";
import path from "node:path";
import { WORLD_PASSWORD } from "../e2e/support/world";
import { scanLog } from "../lib/log/log-leaks";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { allQuestions } from "../lib/questionnaire/skip";
import { DEMO_TOTP_SECRET, DEMO_USERS } from "../prisma/demo-data";

export const E2E_SERVER_LOG = path.resolve(".data", "e2e-server.log");

/** Fewer request lines than this means the log was not the one of a full run. */
const MIN_REQUEST_LINES = 200;

function main(): void {
  if (!fs.existsSync(E2E_SERVER_LOG)) throw new Error(`${E2E_SERVER_LOG} is missing: run the end-to-end tests first.`);
  const text = fs.readFileSync(E2E_SERVER_LOG, "utf8");
  const secrets = [WORLD_PASSWORD, DEMO_TOTP_SECRET, ...DEMO_USERS.map((person) => person.password)];
  const { leaks, requestLines } = scanLog(text, { secrets, answerKeys: allQuestions(QUESTIONNAIRE).map((question) => question.id) });
  if (requestLines < MIN_REQUEST_LINES) throw new Error(`The server log has ${requestLines} request lines; a full end-to-end run writes at least ${MIN_REQUEST_LINES}.`);
  if (leaks.length > 0) {
    for (const leak of leaks.slice(0, 50)) console.error(`  line ${leak.line}: ${leak.kind}: ${leak.excerpt}`);
    throw new Error(`The server log of the end-to-end run holds ${leaks.length} thing(s) it must not (above).`);
  }
  console.log(`Server log checked: ${requestLines} request lines, each with a request id; no password, secret, token or answer.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
