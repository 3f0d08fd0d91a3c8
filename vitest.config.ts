import { configDefaults, defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests live next to the code (lib/**); integration tests under test/ run against
// real databases (SQLite always, PostgreSQL when TABIJI_TEST_PG_URL is set).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // "server-only" throws outside React Server Components; tests call the data layer directly.
      "server-only": path.resolve(__dirname, "test/setup/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "app/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/reliability/**"],
          environment: "node",
          globalSetup: ["test/setup/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        // Soak and fault tests: each file starts production servers of its own (npm test
        // runs them after the build exists), on SQLite or, with TABIJI_TEST_TARGET=postgres,
        // on PostgreSQL.
        test: {
          name: "reliability",
          include: ["test/reliability/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/reliability/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
