/**
 * Test helper: the four source articles as normalised text, for checking quotations.
 * Node-only (reads files); imported by tests, never by the model.
 */
import fs from "node:fs";
import path from "node:path";
import { SOURCE_IDS, type SourceId } from "../../sources/sources";

export const SOURCES_DIR = path.resolve(__dirname, "../../../../shared/sources");

/** S2 was saved as UTF-8 read as Thai (TIS-620): these are its mis-encodings of punctuation. */
const MOJIBAKE: [string, string][] = [
  ["โ€™", "'"],
  ["โ€˜", "'"],
  ["โ€œ", '"'],
  ["โ€“", "-"],
  ["โ€”", "-"],
  ["โ€", '"'],
  ["ย\u00a0", " "],
];

/** Same normalisation for source and phrase: repaired encoding, plain quotes and dashes, single spaces. */
export function normalise(text: string): string {
  let result = text;
  for (const [bad, good] of MOJIBAKE) result = result.split(bad).join(good);
  return result
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads the README's table to find each source's file, so the ids stay the README's. */
export function loadSources(): Record<SourceId, string> {
  if (!fs.existsSync(SOURCES_DIR)) {
    throw new Error(`Source folder not found at ${SOURCES_DIR}. The citation tests need ../shared/sources beside the repository.`);
  }
  const readme = fs.readFileSync(path.join(SOURCES_DIR, "README.md"), "utf8");
  const texts = {} as Record<SourceId, string>;
  for (const id of SOURCE_IDS) {
    const match = new RegExp(`^\\|\\s*${id}\\s*\\|\\s*([^|\\s]+)\\s*\\|`, "m").exec(readme);
    if (!match?.[1]) throw new Error(`README.md in ${SOURCES_DIR} does not list a file for ${id}.`);
    texts[id] = normalise(fs.readFileSync(path.join(SOURCES_DIR, match[1]), "utf8"));
  }
  return texts;
}

export function wordCount(phrase: string): number {
  return phrase.trim().split(/\s+/).filter(Boolean).length;
}
