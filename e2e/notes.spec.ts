import { colleague, expect, live, signIn, test, thread } from "./support/fixtures";
import { apiTokenOf, threadOf } from "./support/seed";

// Private notes and mentions: `n` writes a note, `@` mentions a colleague, whose Mentions page hears
// of it at once; they open the thread as a participant, read it and answer with a note of their own.

test("`n` writes a note; @ mentions a colleague, who sees it live in Mentions and answers in the thread", async ({
  page,
  browser,
  org,
}) => {
  const { conversationId } = await threadOf(org, "Nora", { assigneeIds: [org.agent.id] });
  const olive = await colleague(browser, org.otherAgent.email, "/mentions", { live: true });
  try {
    await expect(olive.page.getByText("No mentions yet")).toBeVisible();

    await signIn(page, org.agent.email);
    const ready = live(page);
    await page.goto(`/inbox?c=${conversationId}`);
    await ready;
    await expect(thread(page).getByText(`Hello from Nora ${org.tag}`)).toBeVisible();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog").getByText("Write a private note")).toBeVisible();
    await page.keyboard.press("Escape");

    await page.keyboard.press("n");
    const note = page.getByRole("textbox", { name: "Private note (only your team sees it)" });
    await expect(note).toBeFocused();
    await page.keyboard.type("Refund approved? @oli");
    const people = page.getByRole("listbox", { name: "People to mention" });
    await expect(people.getByRole("option", { selected: true })).toContainText(`Olive ${org.tag}`);
    await page.keyboard.press("Enter");
    await expect(note).toHaveValue(`Refund approved? @Olive ${org.tag} `);
    await page.keyboard.type("please check");
    await page.keyboard.press("Enter");
    const written = thread(page).getByRole("article", { name: /^Private note by Alex/ });
    await expect(written).toContainText(`@Olive ${org.tag} please check`);
    await expect(note).toHaveValue("");

    // Olive, who could not see the thread, hears of it at once.
    const mention = olive.page.getByRole("link", {
      name: `Unread: Alex ${org.tag} mentioned you about Nora ${org.tag}`,
    });
    await expect(mention).toBeVisible();
    await expect(olive.page.getByRole("link", { name: "Mentions, 1 unread" })).toBeVisible();
    await expect(olive.page.getByText(`Alex ${org.tag} mentioned you`, { exact: true })).toBeVisible();
    await mention.click();
    await expect(olive.page.getByText("You were mentioned here: you can read it and add notes.")).toBeVisible();
    await expect(thread(olive.page).getByText(`Hello from Nora ${org.tag}`)).toBeVisible();
    // Opening it read the mention.
    await expect(olive.page.getByRole("link", { name: "Mentions", exact: true })).toBeVisible();
    await expect(olive.page.getByRole("button", { name: "Reply" })).toBeDisabled();
    const answer = olive.page.getByRole("textbox", { name: "Private note (only your team sees it)" });
    await answer.fill("Checked: it went out yesterday");
    await answer.press("Enter");

    // The note comes back to Alex's open thread.
    await expect(thread(page).getByRole("article", { name: /^Private note by Olive/ })).toContainText(
      "Checked: it went out yesterday",
    );
  } finally {
    await olive.context.close();
  }
});

test("notes and mentions @screenshots", async ({ page, org, request }) => {
  const { conversationId } = await threadOf(org, "Nora", {
    lines: [
      { from: "contact", body: "Hi, my order #1042 arrived broken. Can I get a refund?" },
      { from: "agent", body: "I am sorry to hear that! Let me check with the team." },
    ],
  });
  const assigned = await request.put(`/api/conversation/${conversationId}`, {
    headers: { Authorization: `Bearer ${await apiTokenOf(org.admin.id)}` },
    data: { assignees: [org.manager.id] },
  });
  expect(assigned.status()).toBe(200);
  await signIn(page, org.manager.email);
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await page.keyboard.press("n");
  await page.keyboard.type("Photos look genuine. @ada");
  await page.keyboard.press("Enter");
  await page.keyboard.type("can you approve the refund?");
  await page.keyboard.press("Enter");
  await expect(thread(page).getByRole("article", { name: /^Private note/ })).toBeVisible();
  await page.keyboard.type("@");
  await expect(page.getByRole("listbox", { name: "People to mention" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/notes.png" });

  await page.goto("about:blank");
  await page.context().clearCookies();
  await signIn(page, org.admin.email);
  await page.goto("/mentions");
  await expect(page.getByRole("list", { name: "Mentions" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/mentions.png" });
});

test("the thread's trail shows who assigned and resolved it, done elsewhere, as it happens", async ({
  page,
  org,
  request,
}) => {
  const { conversationId } = await threadOf(org, "Tess", { assigneeIds: [org.manager.id] });
  await signIn(page, org.manager.email);
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await expect(thread(page).getByText(`Hello from Tess ${org.tag}`)).toBeVisible();

  // Ada, the admin, assigns Alex and resolves it from another client (the API).
  const token = await apiTokenOf(org.admin.id);
  const changed = await request.put(`/api/conversation/${conversationId}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { assignees: [org.manager.id, org.agent.id], isResolved: true },
  });
  expect(changed.status()).toBe(200);
  await expect(thread(page).getByText(`Ada ${org.tag} assigned Alex ${org.tag}`)).toBeVisible();
  await expect(thread(page).getByText(`Ada ${org.tag} resolved it`)).toBeVisible();
  // The thread's own change is told as yours.
  await page.getByRole("button", { name: "Reopen" }).click();
  await expect(thread(page).getByText("You reopened it")).toBeVisible();
});
