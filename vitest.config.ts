import path from "node:path";
import { defineConfig } from "vitest/config";

// One database file per run, so two runs on one machine never share (or delete) each other's file.
const integrationDatabase = path.resolve(".data", `integration-${process.pid}.db`);
process.env.INTEGRATION_DATABASE_FILE = integrationDatabase;

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
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          env: {
            DATABASE_URL: `file:${integrationDatabase}`,
            SEED_DEMO_DATA: "false",
            NODE_ENV: "test",
            AUTH_SECRET: "integration-tests-only-secret-0123456789abcdef",
          },
          // One SQLite file per worker would need per-worker migrations; the suite is small enough to share one file serially.
          fileParallelism: false,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
