import { readFile } from "node:fs/promises";
import { expect, signIn, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// A manager reads a report: the totals, the chart (one image with a summary) and the table of its
// numbers by channel, then downloads the rows behind the chart as CSV. An agent is told reports
// are not theirs.

const MINUTE = 60_000;

/** A thread opened `hoursAgo`, first answered `answeredAfter` minutes after the contact wrote. */
async function answered(
  org: Parameters<typeof threadOf>[0],
  name: string,
  channelType: "sms" | "email",
  hoursAgo: number,
  answeredAfter: number,
  resolved = false,
) {
  const { conversationId } = await threadOf(org, name, {
    channelType,
    resolved,
    email: `${name.toLowerCase()}@e2e.test`,
  });
  const opened = new Date(Date.now() - hoursAgo * 60 * MINUTE);
  await prisma.conversation.update({
    where: { id: conversationId },
    data: {
      createdAt: opened,
      firstIncomingAt: opened,
      firstResponseAt: new Date(opened.getTime() + answeredAfter * MINUTE),
      ...(resolved ? { resolvedAt: new Date(opened.getTime() + 90 * MINUTE) } : {}),
    },
  });
}

test("a report's totals, chart and table by channel, and its rows as CSV", async ({ page, org }) => {
  await answered(org, "Rita", "sms", 3, 4);
  await answered(org, "Sven", "sms", 2, 10, true);
  await answered(org, "Tara", "email", 1, 30);
  await signIn(page, org.manager.email);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Last 30 days" })).toHaveAttribute("aria-pressed", "true");
  const totals = page.locator("dl");
  await expect(totals).toContainText("Opened3");
  await expect(totals).toContainText("Resolved1");
  // First responses of 4, 10 and 30 minutes: the median is 10.
  await expect(totals).toContainText("First response10m");

  await page.getByRole("tab", { name: "By channel" }).click();
  await expect(page).toHaveURL(/by=channel/);
  await expect(page.getByRole("img", { name: /^Conversations\. Opened: 3 in all; Resolved: 1 in all/ })).toBeVisible();
  const sms = page.getByRole("row", { name: /^SMS/ });
  await expect(sms.getByRole("cell").nth(0)).toHaveText("2");
  await expect(sms.getByRole("cell").nth(1)).toHaveText("1");
  await expect(
    page
      .getByRole("row", { name: /^Email/ })
      .getByRole("cell")
      .nth(0),
  ).toHaveText("1");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these rows (CSV)" }).click();
  const file = await (await download).path();
  const lines = (await readFile(file, "utf8")).trim().split("\r\n");
  expect(lines[0]).toMatch(/^key,name,opened,resolved,first_response_count/);
  expect(lines).toContain("sms,SMS,2,1,2,420,564,1,5400,5400");
  expect(lines.at(-1)).toMatch(/^,Total,3,1,3,600,/);
});

test("an agent is told reports are for managers and admins", async ({ page, org }) => {
  await signIn(page, org.agent.email);
  await page.goto("/reports");
  await expect(page.getByText("Reports are for managers and admins.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
});

test("reports @screenshots", async ({ page, org }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const channels = ["sms", "email"] as const;
  for (let i = 0; i < 24; i++) {
    await answered(org, `Guest${i}`, channels[i % 2] as "sms" | "email", 6 + i * 13, 2 + ((i * 7) % 45), i % 3 !== 0);
  }
  await signIn(page, org.manager.email);
  await page.goto("/reports?by=day");
  await expect(page.getByRole("img", { name: /^Conversations\./ })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/reports.png", fullPage: true });
});
