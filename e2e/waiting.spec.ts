import { expect, list, live, row, signIn, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// Sorted by longest waiting, the inbox shows only the threads whose contact waits for an answer,
// the longest first, each with how long; an answer takes a thread out of that order live.

test("sort by longest waiting; a reply takes the thread out of it", async ({ page, org }) => {
  const minutes = (n: number) => new Date(Date.now() - n * 60_000);
  const make = async (name: string, waited: number | null, minutesAgo: number) => {
    const { conversationId } = await threadOf(org, name, {
      assigneeIds: [org.agent.id],
      minutesAgo,
      lines: [{ from: "contact", body: `A question from ${name}` }],
    });
    await prisma.conversation.update({
      where: { id: conversationId },
      data: { waitingSince: waited === null ? null : minutes(waited) },
    });
    return conversationId;
  };
  // Three days and two and a half hours: shown to the hour ("3d 2h"), whatever the clock's step.
  const long = await make("Lars", 3 * 1440 + 150, 3 * 1440 + 150);
  await make("Mona", 20, 5);
  await make("Nils", null, 1);
  await signIn(page, org.agent.email);
  const running = live(page);
  await page.goto("/inbox?view=all");
  await running;
  // Newest activity first: Nils (answered) is there, at the top.
  await expect(list(page).getByRole("listitem").first()).toContainText(`Nils ${org.tag}`);

  await page.getByLabel("Order").selectOption("waiting");
  await expect(page).toHaveURL(/sort=waiting/);
  await expect(row(page, `Nils ${org.tag}`)).toHaveCount(0);
  const items = list(page).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`Lars ${org.tag}`);
  await expect(items.nth(0)).toContainText("3d 2h");
  await expect(items.nth(1)).toContainText(`Mona ${org.tag}`);
  await expect(row(page, `Lars ${org.tag}`)).toHaveAccessibleName(/waiting 3d 2h/);

  await row(page, `Lars ${org.tag}`).click();
  const composer = page.getByLabel("Reply by SMS");
  await composer.fill("Sorry for the wait, it is still available.");
  await composer.press("Enter");
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: long } })).waitingSince)
    .toBeNull();
  await expect(row(page, `Lars ${org.tag}`)).toHaveCount(0);
  await expect(row(page, `Mona ${org.tag}`)).toBeVisible();
});
