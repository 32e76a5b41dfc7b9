import path from "node:path";
import { defineConfig } from "vitest/config";

// On the embedded database (no TEST_DATABASE_URL / DATABASE_URL), *.pg-only.test.ts are left out:
// PGlite runs every query on one backend, which hides races and makes lock waits hang.
const embedded = !process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["{lib,tests,prisma}/**/*.test.ts"],
    exclude: ["node_modules/**", ...(embedded ? ["**/*.pg-only.test.ts"] : [])],
    globalSetup: ["tests/support/global-setup.ts"],
    // Test files share one throwaway database; each test makes its own organization, so they do not
    // see each other's data, but files run one at a time to keep connection counts small.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
