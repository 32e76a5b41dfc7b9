import path from "node:path";
import { defineConfig } from "vitest/config";

// Three projects, so that CI runs each thing once and only the database suites twice (on
// PostgreSQL 15 and on the embedded 17, `npm run test:embedded`):
//   unit       pure code, beside the file it tests (lib/**/x.test.ts), and the architecture rules;
//              no database, in parallel
//   db         the route handlers and SQL on a throwaway database (tests/**/*.integration.test.ts)
//   processes  what starts processes of its own (scripts, killed workers, embedded servers):
//              tests/**/*.process.test.ts, on the same throwaway database server; run once
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

// Test files share one throwaway database; each test makes its own organization, so they do not
// see each other's data, but files run one at a time to keep connection counts small.
const onDatabase = {
  globalSetup: ["tests/support/global-setup.ts"],
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// The db project's files also share one process and its modules (tests/support/per-file.ts puts
// back what a file changes): the app is imported once, not once per file.
const inOneProcess = { isolate: false, setupFiles: ["tests/support/per-file.ts"] };

export default defineConfig({
  resolve: { alias },
  test: {
    exclude: ["node_modules/**"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/architecture/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "db", include: ["tests/**/*.integration.test.ts"], ...onDatabase, ...inOneProcess },
      },
      { extends: true, test: { name: "processes", include: ["tests/**/*.process.test.ts"], ...onDatabase } },
    ],
  },
});
