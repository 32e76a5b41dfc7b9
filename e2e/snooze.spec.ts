import { expect, live, row, signIn, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// An agent snoozes a thread with `z`: it leaves Open for Snoozed, whose row says until when; made
// near, its time comes and the app's own worker brings it back to Open, live. Two threads snoozed
// from the selection until their contacts reply come back when one of them writes.

test("snooze with `z`, see it in Snoozed, and see it come back on time", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Zora", {
    assigneeIds: [org.agent.id],
    lines: [{ from: "contact", body: "I'll know next week." }],
  });
  await threadOf(org, "Yann", { assigneeIds: [org.agent.id] });
  await signIn(page, org.agent.email);
  const running = live(page);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await running;
  await expect(row(page, `Zora ${org.tag}`)).toBeVisible();
  // The thread drawn (its header holds the menu `z` opens), not only the list.
  await expect(page.getByRole("button", { name: "Snooze", exact: true })).toBeVisible();

  await page.keyboard.press("z");
  const menu = page.getByRole("dialog", { name: "Snooze conversation" });
  await menu.getByRole("button", { name: /Tomorrow morning/ }).click();
  await expect(page.getByText(/Snoozed until \w{3} 09:00\./)).toBeVisible();
  await expect(row(page, `Zora ${org.tag}`)).toHaveCount(0);
  await expect(row(page, `Yann ${org.tag}`)).toBeVisible();

  await page.getByRole("button", { name: "snoozed", exact: true }).click();
  await expect(page).toHaveURL(/status=snoozed/);
  await expect(row(page, `Zora ${org.tag}`)).toContainText("09:00");
  await expect(row(page, `Yann ${org.tag}`)).toHaveCount(0);

  // Its time made near (the API takes a time with an offset): the worker wakes it, and it moves
  // from Snoozed back to Open while the page watches.
  const soon = new Date(Date.now() + 3_000).toISOString();
  const res = await page.request.put(`/api/conversation/${conversationId}/snooze`, { data: { until: soon } });
  expect(res.status()).toBe(200);
  await expect(row(page, `Zora ${org.tag}`)).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole("button", { name: "open", exact: true }).click();
  await expect(row(page, `Zora ${org.tag}`)).toBeVisible();
  await expect(page.getByText(/Snoozed until/)).toHaveCount(0);
  expect(await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({
    isSnoozed: false,
  });

  // Until they reply, then woken by hand from the notice above the thread.
  await page.keyboard.press("z");
  await menu.getByRole("button", { name: "Until they reply" }).click();
  await expect(page.getByText("Snoozed until they reply.")).toBeVisible();
  await page.getByRole("button", { name: "Wake now" }).click();
  await expect(page.getByText(/Snoozed until/)).toHaveCount(0);
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isSnoozed)
    .toBe(false);
});

test("snooze the selection until they reply; a reply brings one back", async ({ page, org, request }) => {
  const first = await threadOf(org, "Uma", { assigneeIds: [org.agent.id] });
  await threadOf(org, "Ugo", { assigneeIds: [org.agent.id] });
  await signIn(page, org.agent.email);
  const running = live(page);
  await page.goto("/inbox?view=all");
  await running;
  for (const name of ["Uma", "Ugo"]) {
    await page.getByRole("checkbox", { name: `Select conversation with ${name} ${org.tag}` }).click();
  }
  const bar = page.getByRole("toolbar", { name: "Bulk actions" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Snooze…" }).click();
  await page.getByRole("dialog", { name: "Snooze selected" }).getByRole("button", { name: "Until they reply" }).click();
  await expect(row(page, `Uma ${org.tag}`)).toHaveCount(0);
  await expect(row(page, `Ugo ${org.tag}`)).toHaveCount(0);

  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from: first.channelIdentifier, body: "Here I am" },
  });
  expect(delivered.status()).toBe(201);
  await expect(row(page, `Uma ${org.tag}`)).toBeVisible();
  await expect(row(page, `Ugo ${org.tag}`)).toHaveCount(0);
});

test("snooze @screenshots", async ({ page, org }) => {
  const dir = "docs/screenshots";
  await page.setViewportSize({ width: 1280, height: 800 });
  const { conversationId } = await threadOf(org, "Xavi", {
    assigneeIds: [org.agent.id],
    lines: [{ from: "contact", body: "Can you call me back after the holidays?" }],
  });
  await threadOf(org, "Wren", { assigneeIds: [org.agent.id], lines: [{ from: "contact", body: "Thanks!" }] });
  const other = await threadOf(org, "Vito", { assigneeIds: [org.agent.id] });
  await signIn(page, org.agent.email);
  await page.request.put(`/api/conversation/${other.conversationId}/snooze`, { data: { untilReply: true } });
  await page.request.put(`/api/conversation/${conversationId}/snooze`, { data: { preset: "next_week" } });
  await page.goto(`/inbox?view=all&status=snoozed&c=${conversationId}`);
  await expect(page.getByText(/Snoozed until/)).toBeVisible();
  await page.keyboard.press("z");
  await expect(page.getByRole("dialog", { name: "Snooze conversation" })).toBeVisible();
  await page.screenshot({ path: `${dir}/snooze.png` });
});
