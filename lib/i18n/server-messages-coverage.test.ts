import path from "node:path";
import { describe, expect, it } from "vitest";
import { messageLiterals, messageSourceFiles } from "../testing/server-message-literals";
import { matchServerMessage } from "./server-messages";

/** Sentences in the scanned files that no person reads in the app, each with why. */
const NOT_FOR_PEOPLE: Record<string, string> = {
  "A test event from Rolefit: if the signature verifies, this endpoint is set up.": "the body of a webhook test event, read by the receiving program",
  "The instance running its last try stopped before it finished (its lease ran out).": "a job's failure note for operators, in the Job table",
  'TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR block (for example 10.0.0.0/8 or 192.0.2.10).': "a configuration error at start-up, for operators",
  "${index + 1}. ${respondentOf(result.details.respondentName, result.respondentAccount)}": "a numbered name on the compare page, not a message",
};

const repo = path.resolve(__dirname, "../..");
const literals = messageSourceFiles(repo).flatMap((file) => messageLiterals(file, repo));

describe("the server's messages for people", () => {
  it("are found by the scan (it reads the files it should)", () => {
    const texts = literals.map((literal) => literal.text);
    expect(texts).toContain("Please check the highlighted fields.");
    expect(texts).toContain("The request body is not valid JSON.");
    expect(texts).toContain("Choose a report format: pdf or md.");
    expect(texts).toContain("${label} must be between ${min} and ${max}.");
    expect(literals.length).toBeGreaterThan(250);
  });

  it("each have an entry in the ServerMessages catalog, so they reach German and French readers translated", () => {
    const missing = literals
      .filter((literal) => !(literal.text in NOT_FOR_PEOPLE))
      // A template is checked with a stand-in for each value it inserts.
      .filter((literal) => matchServerMessage(literal.parts.map((part, index) => (index === 0 ? part : `v${index}${part}`)).join("")) === null)
      .map((literal) => `${literal.file}:${literal.line} ${literal.text}`);
    expect(missing).toEqual([]);
  });

  it("allow-list only sentences that are still in the code", () => {
    const texts = new Set(literals.map((literal) => literal.text));
    expect(Object.keys(NOT_FOR_PEOPLE).filter((text) => !texts.has(text))).toEqual([]);
  });
});
