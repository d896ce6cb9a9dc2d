import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { integrationDatabase } from "./lib/testing/integration-database";

// One database per run, so two runs on one machine never share (or delete) each other's data.
process.env.INTEGRATION_RUN_PID = String(process.pid);
const database = integrationDatabase(process.env, process.pid);
const fuzzDatabase = integrationDatabase(process.env, process.pid, "fuzz");

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Outside Next's bundler the marker package throws on import; tests run server code directly.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          globalSetup: ["lib/testing/workers-global-setup.ts"],
          // A ceiling for a hung test, not a speed check: property tests that take 1 s on a quiet machine took over 5 s on a busy one.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/workers-global-setup.ts", "lib/testing/integration-global-setup.ts"],
          // Every response of an /api/v1 route handler is checked against the OpenAPI document.
          setupFiles: ["lib/testing/api-contract-setup.ts"],
          env: {
            DATABASE_URL: database.url,
            SEED_DEMO_DATA: "false",
            NODE_ENV: "test",
            AUTH_SECRET: "integration-tests-only-secret-0123456789abcdef",
          },
          // One database per worker would need per-worker migrations; the suite is small enough to share one serially.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "fuzz",
          include: ["app/**/*.fuzz.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/workers-global-setup.ts", "lib/testing/fuzz-global-setup.ts"],
          setupFiles: ["lib/testing/fuzz-worker-database.ts"],
          env: {
            DATABASE_URL: fuzzDatabase.url,
            SEED_DEMO_DATA: "false",
            NODE_ENV: "test",
            AUTH_SECRET: "fuzz-tests-only-secret-0123456789abcdef012345",
          },
          // Every case compares the row counts of every table before and after, so nothing else may write
          // meanwhile: on SQLite each worker has its own copy of the database; PostgreSQL has one, shared serially.
          fileParallelism: fuzzDatabase.provider === "sqlite",
          // Vitest leaves one core free by default; the fuzz files are CPU-bound and independent, so use them all.
          maxWorkers: fuzzDatabase.provider === "sqlite" ? availableParallelism() : 1,
          testTimeout: 900_000,
        },
      },
    ],
  },
});
