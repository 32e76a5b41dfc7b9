import { expect, row, signIn, test } from "./support/fixtures";
import { prisma, seedThread } from "./support/seed";

test("triages from the keyboard: j/k, Enter, e, u, a, r, / and ?", async ({ page, org }) => {
  const first = await seedThread({
    organizationId: org.organization.id,
    contactName: `Kai ${org.tag}`,
    assigneeIds: [org.manager.id],
    minutesAgo: 1,
  });
  await seedThread({
    organizationId: org.organization.id,
    contactName: `Lea ${org.tag}`,
    assigneeIds: [org.manager.id],
    minutesAgo: 2,
  });
  await signIn(page, org.manager.email);
  await page.goto("/inbox");
  await expect(row(page, new RegExp(`Lea ${org.tag}`))).toBeVisible();

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`c=${first.conversationId}`));
  await expect(page.getByRole("region", { name: `Conversation with Kai ${org.tag}` })).toBeVisible();

  await page.keyboard.press("e");
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).isResolved)
    .toBe(true);
  await page.keyboard.press("e");
  await expect(page.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();

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
  await expect(page.getByLabel("Search contacts")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Search contacts")).not.toBeFocused();

  await page.keyboard.press("u");
  await expect(row(page, new RegExp(`Kai ${org.tag}, SMS, unseen`))).toBeVisible();
  await expect(page).not.toHaveURL(/c=/);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Mark unseen");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
});
