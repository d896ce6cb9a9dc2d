import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCORE_SNAPSHOT_FILE, scoreSnapshot, type SnapshotCase } from "./testing/score-snapshot";

/** Hundreds of full score() calls, each with its robustness analysis and what-if searches. */
const SLOW = 120_000;

describe("score() output snapshot", () => {
  it(
    "is byte-identical to the stored outputs for every answer set",
    () => {
      const stored = JSON.parse(readFileSync(SCORE_SNAPSHOT_FILE, "utf8")) as SnapshotCase[];
      const current = scoreSnapshot();
      expect(current.map((entry) => `${entry.name} ${entry.answersHash}`), "the generated answer sets changed: regenerate the snapshot only on purpose").toEqual(
        stored.map((entry) => `${entry.name} ${entry.answersHash}`),
      );
      const changed = current.filter((entry, i) => entry.outputHash !== stored[i]?.outputHash).map((entry) => entry.name);
      expect(changed).toEqual([]);
    },
    SLOW,
  );
});
