import { type Browser, test as base, expect, type Page } from "@playwright/test";
import { PASSWORD, seedOrganization } from "./seed";

/** Signs in through next-auth's own endpoints, as the form does, sharing cookies with the page. */
export async function signIn(page: Page, email: string) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password: PASSWORD, csrfToken, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

/** Collects the page's Content-Security-Policy refusals (Chromium reports each as a console error). */
export function cspViolations(page: Page, expected: RegExp | null = null): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !expected?.test(text)) violations.push(text);
  });
  return violations;
}

export type Org = Awaited<ReturnType<typeof seedOrganization>>;

type Fixtures = {
  org: Org;
  /** A Content-Security-Policy refusal this test provokes on purpose; any other one fails it. */
  expectedCspViolation: RegExp | null;
};

export const test = base.extend<Fixtures>({
  expectedCspViolation: [null, { option: true }],
  // Every browser test checks that the pages work under the policy: Chromium reports each thing the
  // policy refused (a script without the nonce, a frame, an eval) as a console error.
  // And none throws: an uncaught error in a page is a bug even where the test's checks pass.
  // And the server's HTML is what the browser renders (a mismatch makes React render it again).
  page: async ({ page, expectedCspViolation }, use) => {
    const violations = cspViolations(page, expectedCspViolation);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /hydrat/i.test(message.text())) errors.push(message.text());
    });
    await use(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  org: async ({}, use) => {
    await use(await seedOrganization());
  },
});

export { expect };

export const list = (page: Page) => page.getByRole("list", { name: "Conversations" });
export const row = (page: Page, name: string | RegExp) => list(page).getByRole("button", { name });
export const thread = (page: Page) => page.getByRole("log", { name: "Messages" });

/** Resolves when the page's live event stream has opened: the page is running (hydrated), not only drawn. */
export const live = (page: Page) =>
  page.waitForResponse((response) => response.url().includes("/api/events") && response.status() === 200);

/** A second person in a browser context of their own, signed in, on `path` (with `live`: once
 *  their event stream is open). The test closes its context. */
export async function colleague(browser: Browser, email: string, path: string, options: { live?: boolean } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const streaming = options.live ? live(page) : undefined;
  await page.goto(path);
  await streaming;
  return { context, page };
}
