import { readFileSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The layers (ARCHITECTURE.md). Paths inside the repository are checked by import/no-restricted-paths,
 * which resolves each import to a file first, so "../db", "../../lib/db" and "@/lib/db" are the same
 * import. Packages, and the one import allowed as a type only, are checked by name with
 * @typescript-eslint/no-restricted-imports. Both plugins come with eslint-config-next.
 *
 * Flat config replaces a rule's options with the last matching object's, so each layer below lists
 * everything it may not import, and the more specific layers come later.
 */

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** Not production code: tests, their support, and the tools around the app. */
const TOOLING = ["**/*.test.ts", "**/*.test.tsx", "**/*.spec.ts", "**/testing/**", "lib/testing/**", "e2e/**", "bench/**", "scripts/**", "prisma/**"];
const PRODUCTION = ["app/**", "components/**", "lib/**", "types/**", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];

const DATA_ACCESS = ["lib/services/**", "lib/results/**", "lib/database/**", "lib/db.ts", "lib/db-client.ts"];
const DOMAIN = [
  "lib/questionnaire/**",
  "lib/i18n/**",
  "lib/scoring/**",
  "lib/portfolio/**",
  "lib/report/**",
  "lib/email/**",
  "lib/validation/**",
  "lib/sources/**",
  "lib/privacy/**",
  "lib/loadtest/**",
  "lib/jobs/**",
  "lib/engagements/**",
  "lib/webhooks/**",
  "lib/errors.ts",
  "lib/request-limit-rules.ts",
  "lib/auth/primitives/**",
  "lib/auth/actor.ts",
  "lib/auth/permissions.ts",
  "lib/auth/access.ts",
  "lib/auth/sso-claims.ts",
  "lib/auth/sso-decision.ts",
  "lib/auth/sso-messages.ts",
  "lib/auth/throttle-limits.ts",
];
/** Worker-thread pools: they run domain code on other threads, and do no I/O of their own besides starting them. */
const WORKER_POOLS = ["lib/workers/**"];
/** The PDF renderer is a view: React components for @react-pdf, still with no Next.js and no database. */
const REPORT_RENDERING = ["lib/report/pdf/**", "lib/report/render-pdf.ts"];

// What may be forbidden: repository paths (files or folders) and package names.
const paths = (from, message) => ({ from, message });
const FORBID = {
  dbClient: paths(["lib/db.ts", "lib/db-client.ts", "generated"], "Only the data-access layer (lib/services, lib/results, lib/database) uses the database client."),
  dataAccess: paths(["lib/services", "lib/results", "lib/database"], "Domain code does no I/O: take the data as an argument and let a service or lib/results load it."),
  boundary: paths(
    ["lib/http", "lib/api", "lib/auth/session.ts", "lib/auth/options.ts", "lib/auth/guards.ts", "lib/auth/api-actor.ts"],
    "Domain code knows nothing of requests, sessions or HTTP.",
  ),
  ui: paths(["app", "components"], "Pages and components use this layer, not the other way round."),
  // lib/testing and every other testing/ folder: TEST_FOLDERS below.
  testSupport: paths(["e2e"], "Production code imports no test support."),
  readsForComponents: paths(
    ["lib/results", "lib/database", "lib/auth/session.ts", "lib/auth/options.ts"],
    "Components render what the page loaded: load it in the page (app/) through a service and pass it as props.",
  ),
};
const TEST_FOLDERS = { from: ["**/testing/**"], message: FORBID.testSupport.message };

const devOnly = Object.keys(pkg.devDependencies).filter((name) => !name.startsWith("@types/"));
const group = (names, message) => ({ group: names.flatMap((name) => [name, `${name}/*`]), message });
const PACKAGES = {
  db: group(["@prisma/client", "@prisma/adapter-pg", "@prisma/adapter-better-sqlite3", "@prisma/driver-adapter-utils", "pg", "better-sqlite3"], FORBID.dbClient.message),
  next: group(["next", "next-auth"], "No framework here: Next.js belongs to app/, components/ and the boundary (lib/http, lib/auth's session)."),
  react: group(["react", "react-dom"], "No framework here: React belongs to components/ and the PDF renderer (lib/report/pdf)."),
  devOnly: group(devOnly, "A devDependency is not installed in production: only tests and tools may import it."),
};
/** Components may name the shapes a service returns (erased at build), never call a service. */
const SERVICES_AS_TYPES = {
  regex: "(^|/)lib/services(/|$)",
  allowTypeImports: true,
  message: "Components import no service: the page (app/) calls it and passes the data as props. `import type` of what it returns is fine.",
};

function layer(name, files, { paths: forbiddenPaths, packages = [], extraPatterns = [], testFolders = true }) {
  const zones = forbiddenPaths.map(({ from, message }) => ({ target: ".", from, message }));
  if (testFolders) zones.push({ target: ".", ...TEST_FOLDERS });
  return {
    name: `layers/${name}`,
    files,
    ignores: TOOLING,
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones }],
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...packages, ...extraPatterns] }],
    },
  };
}

const layers = [
  // app/ (pages, actions, routes) and the boundary (lib/http, lib/api, lib/auth's session): anything but the database client.
  layer("production", PRODUCTION, { paths: [FORBID.dbClient, FORBID.testSupport], packages: [PACKAGES.db, PACKAGES.devOnly] }),
  layer("data-access", DATA_ACCESS, { paths: [FORBID.ui, FORBID.testSupport], packages: [PACKAGES.next, PACKAGES.react, PACKAGES.devOnly] }),
  layer("domain", DOMAIN, {
    paths: [FORBID.dbClient, FORBID.dataAccess, FORBID.boundary, FORBID.ui, FORBID.testSupport],
    packages: [PACKAGES.db, PACKAGES.next, PACKAGES.react, PACKAGES.devOnly],
  }),
  layer("worker-pools", WORKER_POOLS, {
    paths: [FORBID.dbClient, FORBID.dataAccess, FORBID.boundary, FORBID.ui, FORBID.testSupport],
    packages: [PACKAGES.db, PACKAGES.next, PACKAGES.react, PACKAGES.devOnly],
  }),
  layer("report-rendering", REPORT_RENDERING, {
    paths: [FORBID.dbClient, FORBID.dataAccess, FORBID.boundary, FORBID.ui, FORBID.testSupport],
    packages: [PACKAGES.db, PACKAGES.next, PACKAGES.devOnly],
  }),
  layer("components", ["components/**"], {
    paths: [FORBID.dbClient, FORBID.readsForComponents, FORBID.testSupport],
    packages: [PACKAGES.db, PACKAGES.devOnly],
    extraPatterns: [SERVICES_AS_TYPES],
  }),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
    },
  },
  ...layers,
  {
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", "playwright-report/**", "test-results/**", "coverage/**", "next-env.d.ts", ".data/**"]),
]);
