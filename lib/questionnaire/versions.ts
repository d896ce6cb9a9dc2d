/**
 * Which earlier questionnaire versions the current one can read. A stored result keeps the
 * version its answers were given to; re-scoring reads those answers with the current model.
 */
import { QUESTIONNAIRE } from "./definition";

/**
 * 2027.1 only added options (regulations) to 2026.1, so every 2026.1 answer is a valid 2027.1
 * answer as it stands. A version that removes or renames an option would need a mapping here.
 */
const READABLE_VERSIONS: ReadonlySet<string> = new Set(["2026.1", QUESTIONNAIRE.version]);

export function canReadVersion(version: string): boolean {
  return READABLE_VERSIONS.has(version);
}
