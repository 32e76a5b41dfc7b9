import { expect, row, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

test("a draft survives a thread switch and a reload, shows in the list, and is gone once sent", async ({
  page,
  org,
}) => {
  const first = await threadOf(org, "Dee", { assigneeIds: [org.agent.id], minutesAgo: 1 });
  const second = await threadOf(org, "Eli", { assigneeIds: [org.agent.id], minutesAgo: 2 });
  await signIn(page, org.agent.email);
  await page.goto(`/inbox?c=${first.conversationId}`);
  const composer = page.getByLabel("Reply by SMS");
  await composer.fill("We can see you on Tuesday at");

  // Another thread and back: the words are still there, and the list says there is a draft.
  await row(page, new RegExp(`Eli ${org.tag}`)).click();
  await expect(page).toHaveURL(new RegExp(`c=${second.conversationId}`));
  await expect(composer).toHaveValue("");
  await expect(row(page, new RegExp(`Dee ${org.tag}.*your draft: We can see you on Tuesday at`))).toBeVisible();
  await row(page, new RegExp(`Dee ${org.tag}`)).click();
  await expect(composer).toHaveValue("We can see you on Tuesday at");

  // A reload (the last words typed go out as the page goes away).
  await composer.pressSequentially(" 10");
  await page.reload();
  await expect(composer).toHaveValue("We can see you on Tuesday at 10");

  await composer.press("Enter");
  await expect(thread(page).getByText("We can see you on Tuesday at 10")).toBeVisible();
  await expect(composer).toHaveValue("");
  await expect(row(page, new RegExp(`Dee ${org.tag}.*You: We can see you on Tuesday at 10`))).toBeVisible();
  await page.reload();
  await expect(composer).toHaveValue("");
});
