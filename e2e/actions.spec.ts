import { readFile } from "node:fs/promises";
import { expect, row, signIn, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

test("assigns and unassigns through the picker", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Sam");
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await page.getByRole("button", { name: /Assignees: nobody/ }).click();
  const picker = page.getByRole("dialog", { name: "Assign conversation" });
  await picker.getByLabel("Search people").fill("Olive");
  // Clicked, then asserted: the optimistic change renders a frame after the click, and check()
  // would read the box before that frame.
  const olive = picker.getByRole("checkbox", { name: new RegExp(`Olive ${org.tag}`) });
  await olive.click();
  await expect(olive).toBeChecked();
  await expect(page.getByRole("button", { name: new RegExp(`Assignees: Olive ${org.tag}`) })).toBeVisible();
  await expect
    .poll(() => prisma.conversationAssignee.count({ where: { conversationId, userId: org.otherAgent.id } }))
    .toBe(1);

  await olive.click();
  await expect(olive).not.toBeChecked();
  await expect.poll(() => prisma.conversationAssignee.count({ where: { conversationId } })).toBe(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /Assignees: nobody/ })).toBeVisible();
});

test("resolves and reopens", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Tia");
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await page.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(page.getByText(/^Resolved /)).toBeVisible();
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isResolved)
    .toBe(true);
  await page.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();
  await expect
    .poll(async () => (await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isResolved)
    .toBe(false);
});

test("marks a conversation unseen and shows it bold again", async ({ page, org }) => {
  await threadOf(org, "Uma", { assigneeIds: [org.manager.id] });
  await signIn(page, org.manager.email);
  await page.goto("/inbox");
  await row(page, new RegExp(`Uma ${org.tag}, SMS, unseen`)).click();
  await expect(row(page, new RegExp(`Uma ${org.tag}, SMS, assigned`))).toBeVisible();
  await page.getByRole("button", { name: "Mark unseen" }).click();
  await expect(page).not.toHaveURL(/c=/); // back to the list, as in a mail client
  const unseen = row(page, new RegExp(`Uma ${org.tag}, SMS, unseen`));
  await expect(unseen).toBeVisible();
  await expect(unseen.locator(".font-bold")).toHaveText(`Uma ${org.tag}`);
  await page.reload();
  await expect(row(page, new RegExp(`Uma ${org.tag}, SMS, unseen`))).toBeVisible();
});

test("an optimistic change rolls back with a visible error when the server refuses", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Vic");
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  // The write resolving uses (PUT /api/conversation/:id, answered with the whole conversation).
  await page.route(`**/api/conversation/${conversationId}`, (route) =>
    route.request().method() === "PUT"
      ? route.fulfill({
          status: 409,
          contentType: "application/json",
          body: JSON.stringify({ message: "Changed by someone else" }),
        })
      : route.fallback(),
  );
  await page.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(page.getByText("Could not change the resolution")).toBeVisible();
  await expect(page.getByText("Changed by someone else")).toBeVisible();
  await expect(page.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();
});

test("deletes after a confirmation that says what is lost", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Wes", {
    lines: [
      { from: "contact", body: "one" },
      { from: "agent", body: "two" },
      { from: "contact", body: "three" },
    ],
  });
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await page.getByRole("button", { name: "Delete conversation" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this conversation?" });
  await expect(dialog).toContainText(`The conversation with Wes ${org.tag} and all 3 of its messages`);
  await expect(dialog).toContainText("cannot be undone");
  await dialog.getByRole("button", { name: "Delete conversation" }).click();
  await expect(row(page, new RegExp(`Wes ${org.tag}`))).toHaveCount(0);
  await expect.poll(() => prisma.message.count({ where: { conversationId } })).toBe(0);
  await expect.poll(() => prisma.conversation.count({ where: { id: conversationId } })).toBe(0);
});

test("a manager exports a conversation as a transcript; an agent is not offered it", async ({ page, org }) => {
  const { conversationId } = await threadOf(org, "Ula", {
    lines: [
      { from: "contact", body: "Is parking included?" },
      { from: "agent", body: "Yes, one space." },
    ],
    assigneeIds: [org.agent.id],
  });
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Transcript/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`conversation-${conversationId}.txt`);
  const text = await readFile(await file.path(), "utf8");
  expect(text).toContain(`Ula ${org.tag} (contact): Is parking included?`);
  expect(text).toContain(": Yes, one space.");

  // Off the app first: a signed-out page still open would go to the sign-in page mid-navigation.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await signIn(page, org.agent.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await expect(page.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export" })).toHaveCount(0);
});
