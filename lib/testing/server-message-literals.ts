/**
 * Finds the English messages the server code writes for people, so a test can check that each
 * has a ServerMessages entry (lib/i18n/server-messages.ts). Two nets, read from the TypeScript
 * syntax tree of the source files:
 * - any text in a message position: the message of `new DomainError(kind, code, message)`, a
 *   `message:` or `error:` property, and the message argument of zod's checks (`.min(n, "…")`,
 *   `.regex(re, "…")`, `.refine(fn, "…")`);
 * - any sentence in those files, which catches messages kept in constants and tables.
 * A template literal is reported with `${…}` for each value it inserts. Text without a space is
 * taken for a code or a path, not a message.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface MessageLiteral {
  file: string;
  line: number;
  /** The text, with `${expression}` where a template inserts a value. */
  text: string;
  /** The literal parts of the text, in order: one more than the values it inserts. */
  parts: string[];
}

/** Where the server builds messages a person reads: every folder of services, validation and the boundary. */
export const MESSAGE_SOURCE_ROOTS = [
  "lib/validation",
  "lib/services",
  "lib/http",
  "lib/auth",
  "lib/results",
  "lib/errors.ts",
  "lib/database/unavailable.ts",
  "lib/engagements/respondent-list.ts",
  "lib/questionnaire/answers.ts",
  "lib/request-limit-rules.ts",
];

/** zod's checks whose last argument is the message. */
const CHECKS_WITH_MESSAGE = new Set(["min", "max", "length", "regex", "refine", "gt", "gte", "lt", "lte", "multipleOf"]);
const CHECKS_WITH_MESSAGE_ONLY = new Set(["int", "email", "url", "uuid", "nonempty", "positive", "nonnegative", "finite"]);

/** A capital or a value first, a space, and a full stop, question or exclamation mark last (before any values appended). */
const SENTENCE = /^(?:[A-Z]|\$\{)[\s\S]* [\s\S]*[.?!](?:\s*\$\{[^}]*\})*$/;

function sourceFiles(root: string, out: string[]): string[] {
  if (!statSync(root).isDirectory()) {
    if (/\.tsx?$/.test(root) && !/\.test\.tsx?$/.test(root)) out.push(root);
    return out;
  }
  for (const name of readdirSync(root).sort()) sourceFiles(path.join(root, name), out);
  return out;
}

/** Every production file under lib/ and app/ that throws a DomainError, besides the roots. */
function filesThrowingDomainErrors(repo: string): string[] {
  return [...sourceFiles(path.join(repo, "lib"), []), ...sourceFiles(path.join(repo, "app"), [])].filter(
    (file) => !file.includes(`${path.sep}testing${path.sep}`) && readFileSync(file, "utf8").includes("new DomainError("),
  );
}

export function messageSourceFiles(repo: string): string[] {
  const files = new Set([...MESSAGE_SOURCE_ROOTS.flatMap((root) => sourceFiles(path.join(repo, root), [])), ...filesThrowingDomainErrors(repo)]);
  return [...files].filter((file) => !file.includes(`${path.sep}testing${path.sep}`)).sort();
}

function literalOf(node: ts.Node, source: ts.SourceFile): Pick<MessageLiteral, "text" | "parts"> | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, parts: [node.text] };
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    const text = node.head.text + node.templateSpans.map((span) => `\${${span.expression.getText(source)}}${span.literal.text}`).join("");
    return { text, parts };
  }
  return null;
}

/** The texts an expression in a message position can evaluate to: through conditions, `??`, `||` and arrow functions. */
function leaves(node: ts.Node): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return leaves(node.expression);
  if (ts.isConditionalExpression(node)) return [...leaves(node.whenTrue), ...leaves(node.whenFalse)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...leaves(node.left), ...leaves(node.right)];
  }
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return leaves(node.body);
  return [node];
}

function messagePositions(node: ts.Node): ts.Node[] {
  if (ts.isNewExpression(node) && node.expression.getText() === "DomainError" && node.arguments?.[2]) return [node.arguments[2]];
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === "message" || node.name.text === "error")) return [node.initializer];
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    // `.min(1, "…")` takes a limit and then its message; `.int("…")` takes the message alone.
    const least = CHECKS_WITH_MESSAGE_ONLY.has(method) ? 1 : CHECKS_WITH_MESSAGE.has(method) ? 2 : Infinity;
    const last = node.arguments.at(-1);
    if (last && node.arguments.length >= least) return [last];
  }
  return [];
}

export function messageLiterals(file: string, repo: string): MessageLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = new Map<string, MessageLiteral>();
  const add = (node: ts.Node) => {
    const literal = literalOf(node, source);
    // A text without a space is a code, an id or a path ("totp_invalid", "/sign-in"), not a sentence.
    if (!literal || !literal.text.includes(" ")) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.set(`${line}\u0000${literal.text}`, { file: path.relative(repo, file), line, ...literal });
  };
  const visit = (node: ts.Node) => {
    for (const position of messagePositions(node)) for (const leaf of leaves(position)) add(leaf);
    const literal = literalOf(node, source);
    if (literal && SENTENCE.test(literal.text.trim()) && !ts.isImportDeclaration(node.parent)) add(node);
    // A template's inner templates are values of the outer message, not messages of their own.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found.values()];
}
