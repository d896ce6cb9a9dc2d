/**
 * Writes the scoring output snapshot that lib/scoring/score-snapshot.test.ts compares against.
 * Run it only when a result is meant to change (a new model), never to make that test pass.
 */
import { writeFileSync } from "node:fs";
import { SCORE_SNAPSHOT_FILE, scoreSnapshot } from "../lib/scoring/testing/score-snapshot";

const cases = scoreSnapshot();
writeFileSync(SCORE_SNAPSHOT_FILE, `${JSON.stringify(cases, null, 1)}\n`);
console.log(`Wrote ${cases.length} cases to ${SCORE_SNAPSHOT_FILE.pathname}.`);
