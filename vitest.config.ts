import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["{lib,tests,prisma}/**/*.test.ts"],
    exclude: ["node_modules/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Test files share one throwaway database; each test makes its own organization, so they do not
    // see each other's data, but files run one at a time to keep connection counts small.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
