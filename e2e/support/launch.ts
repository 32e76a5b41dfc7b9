import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// How the browser tests start Chromium: Debian's (Playwright's own browser download does not work
// on our machines), without what makes background traffic.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const launchOptions = {
  executablePath: existsSync(chromium) ? chromium : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
} satisfies LaunchOptions;
