import { expect, live, row, signIn, test } from "./support/fixtures";
import { prisma, seedThread, threadOf } from "./support/seed";

test("triages from the keyboard: j/k, Enter, e (resolve and next), Esc, u, a, r, / and ?", async ({ page, org }) => {
  const first = await threadOf(org, "Kai", { assigneeIds: [org.manager.id], minutesAgo: 1 });
  const second = await threadOf(org, "Lea", { assigneeIds: [org.manager.id], minutesAgo: 2 });
  await signIn(page, org.manager.email);
  // The rows come drawn in the page's HTML; the keys work once it runs.
  const running = live(page);
  await page.goto("/inbox");
  await running;
  await expect(row(page, new RegExp(`Lea ${org.tag}`))).toBeVisible();

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`c=${first.conversationId}`));
  await expect(page.getByRole("region", { name: `Conversation with Kai ${org.tag}` })).toBeVisible();

  // Resolve and next: Kai's thread is resolved and Lea's, below it, opens.
  await page.keyboard.press("e");
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).isResolved)
    .toBe(true);
  await expect(page).toHaveURL(new RegExp(`c=${second.conversationId}`));
  await expect(page.getByRole("region", { name: `Conversation with Lea ${org.tag}` })).toBeVisible();

  // Esc outside a field closes the thread and leaves the highlight on it; Enter opens it again.
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/c=/);
  await expect(page.locator("[data-highlighted]")).toContainText(`Lea ${org.tag}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`c=${second.conversationId}`));

  await page.keyboard.press("a");
  const picker = page.getByRole("dialog", { name: "Assign conversation" });
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  // The next shortcut must reach the page, not the closing picker's search field.
  await expect(picker).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Assignees: / })).toBeFocused();

  await page.keyboard.press("r");
  await expect(page.getByLabel("Reply by SMS")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Reply by SMS")).not.toBeFocused();

  await page.keyboard.press("/");
  await expect(page.getByLabel("Search contacts and messages")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Search contacts and messages")).not.toBeFocused();

  await page.keyboard.press("u");
  await expect(row(page, new RegExp(`Lea ${org.tag}, SMS, unseen`))).toBeVisible();
  await expect(page).not.toHaveURL(/c=/);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Mark unseen");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
});

test("the keyboard highlight stays on its conversation when a new message reorders the list", async ({
  page,
  org,
  request,
}) => {
  const names = ["Ada", "Bo", "Cy"].map((name) => `${name} ${org.tag}`);
  const threads = [];
  for (const [i, contactName] of names.entries()) {
    threads.push(
      await seedThread({
        organizationId: org.organization.id,
        contactName,
        assigneeIds: [org.manager.id],
        minutesAgo: i + 1,
      }),
    );
  }
  await signIn(page, org.manager.email);
  const running = live(page);
  await page.goto("/inbox");
  await running;
  const rows = page.getByRole("list", { name: "Conversations" }).getByRole("button", { name: new RegExp(org.tag) });
  await expect(rows.first()).toContainText(names[0]!);
  const highlighted = page.locator("[data-highlighted]");
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(highlighted).toContainText(names[1]!);

  // Cy writes: Cy's thread moves to the top, and Bo's is now third.
  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from: threads[2]!.channelIdentifier, body: "Still there?" },
  });
  expect(delivered.status()).toBe(201);
  await expect(rows.first()).toContainText(names[2]!);
  await expect(highlighted).toContainText(names[1]!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`c=${threads[1]!.conversationId}`));
});
