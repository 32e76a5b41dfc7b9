import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/support/launch";

// Run through `npm run test:e2e`, which starts the app on a database of its own and sets these.
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3000";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // One browser at a time: on our two-core machines two workers took longer (6 min against 4) and
  // starved each other's pages into timeouts.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // Screenshots and UI measurements run on request (npm run screenshots / measure:ui), not in npm test.
  grep: process.env.E2E_TAG ? new RegExp(process.env.E2E_TAG) : undefined,
  grepInvert: process.env.E2E_TAG ? undefined : /@screenshots|@measure/,
  use: {
    baseURL,
    // Kept for a failed test only; without the screencast, which cost a third of the run on two cores.
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
});
