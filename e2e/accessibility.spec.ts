import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, live, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

// What the user-experience review checked by hand (2026-12), checked on every run: axe finds nothing
// serious or critical on the pages people work in, and at a phone's width (390 px) no page is wider
// than the screen.

async function seriousProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("the inbox, a thread, Channels and the settings pages have no serious accessibility problem", async ({
  page,
  org,
}) => {
  // Seven pages, each drawn then read whole by axe: on a loaded two-core machine, past 30 s.
  test.slow();
  const { conversationId } = await threadOf(org, "Ida", {
    assigneeIds: [org.manager.id],
    lines: [
      { from: "contact", body: "Hello" },
      { from: "agent", body: "Hi, how can I help?" },
      {
        from: "system",
        stamp: { automationName: "Lead follow-up", fieldsExtracted: ["firstName"], actions: ["create_lead"] },
      },
    ],
  });
  await threadOf(org, "Jo", { assigneeIds: [org.manager.id] });
  await signIn(page, org.admin.email);
  // A connection whose provider cannot be reached: its card shows the check that failed.
  const connected = await page.request.post("/api/channels", {
    data: {
      provider: "twilio",
      name: "Front desk",
      accountSid: `AC${"d4".repeat(16)}`,
      authToken: "t",
      fromNumber: "+15550002000",
    },
  });
  expect(connected.status()).toBe(201);

  const ready = live(page);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await ready;
  await expect(thread(page).getByText("Hi, how can I help?")).toBeVisible();
  const problems: Record<string, string[]> = { inbox: await seriousProblems(page) };
  for (const path of [
    "/settings/channels",
    "/settings/people",
    "/settings/organization",
    "/team",
    "/settings/account",
    "/settings/tokens",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    problems[path] = await seriousProblems(page);
  }
  expect(problems).toEqual(Object.fromEntries(Object.keys(problems).map((key) => [key, []])));
});

test("at a phone's width nothing runs off the screen, and the pages are in a menu", async ({ browser, org }) => {
  const { conversationId } = await threadOf(org, "Kit", { assigneeIds: [org.manager.id] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, org.manager.email);
    const widths: Record<string, number> = {};
    for (const path of ["/inbox?view=all", `/inbox?view=all&c=${conversationId}`, "/team", "/settings/people"]) {
      await page.goto(path);
      await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
      widths[path] = await overflow(page);
    }
    expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((key) => [key, 0])));
    expect(await seriousProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await expect(page).toHaveURL(/\/team$/);
  } finally {
    await context.close();
  }
});
