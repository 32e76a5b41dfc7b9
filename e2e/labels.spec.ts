import { expect, row, signIn, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// A manager makes a label, an agent puts it on a thread from the keyboard, and the inbox filtered
// by it (in the URL) holds that thread only; the row shows the label.

test("label a conversation with `l` and filter the inbox by it", async ({ page, org }) => {
  const name = `Billing ${org.tag}`;
  await signIn(page, org.manager.email);
  await page.goto("/settings/labels");
  await page.getByRole("button", { name: "New label" }).click();
  const form = page.getByRole("form", { name: "New label" });
  await form.getByLabel("Name").fill(name);
  await form.getByText("amber").click();
  await form.getByRole("button", { name: "Add label" }).click();
  await expect(page.getByRole("list", { name: "Labels" }).getByText(name)).toBeVisible();

  const { conversationId } = await threadOf(org, "Vera", { assigneeIds: [org.agent.id] });
  await threadOf(org, "Walt", { assigneeIds: [org.agent.id] });
  // Off the app first: a signed-out page still open would go to the sign-in page mid-navigation.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await signIn(page, org.agent.email);
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await expect(page.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();
  await page.keyboard.press("l");
  const picker = page.getByRole("dialog", { name: "Label conversation" });
  await picker.getByRole("checkbox", { name }).click();
  await expect(picker.getByRole("checkbox", { name })).toBeChecked();
  await expect.poll(() => prisma.conversationLabel.count({ where: { conversationId } })).toBe(1);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("list", { name: "Labels" }).first()).toContainText(name);

  await page.getByRole("button", { name: /Filter by labels/ }).click();
  await page.getByRole("dialog", { name: "Filter by labels" }).getByRole("checkbox", { name }).click();
  await expect(page).toHaveURL(/labels=[0-9a-f]{24}/);
  await page.keyboard.press("Escape");
  await expect(row(page, `Vera ${org.tag}`)).toBeVisible();
  await expect(row(page, `Walt ${org.tag}`)).toHaveCount(0);
  await expect(row(page, `Vera ${org.tag}`)).toContainText(name);
});

test("labels @screenshots", async ({ page, org, request }) => {
  const dir = "docs/screenshots";
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, org.admin.email);
  const made: Record<string, string> = {};
  for (const [name, color] of [
    ["Billing", "amber"],
    ["Urgent", "red"],
    ["VIP", "violet"],
  ] as const) {
    const res = await page.request.post("/api/labels", { data: { name: `${name} ${org.tag}`, color } });
    made[name] = (await res.json()).data._id;
  }
  const { conversationId } = await threadOf(org, "Xena", {
    lines: [{ from: "contact", body: "My invoice shows the wrong amount." }],
  });
  await threadOf(org, "Yuri", { lines: [{ from: "contact", body: "Can I pay by card?" }] });
  await page.request.put(`/api/conversation/${conversationId}/labels`, {
    data: { labelIds: [made.Billing, made.Urgent] },
  });
  await page.goto("/settings/labels");
  await expect(page.getByRole("list", { name: "Labels" })).toBeVisible();
  await page.screenshot({ path: `${dir}/labels-settings.png` });
  await page.goto(`/inbox?view=all&c=${conversationId}`);
  await page.getByRole("button", { name: /Labels: / }).click();
  await expect(page.getByRole("dialog", { name: "Label conversation" })).toBeVisible();
  await page.screenshot({ path: `${dir}/labels-thread.png` });
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /Filter by labels/ }).click();
  await page.screenshot({ path: `${dir}/labels-filter.png` });
  void request;
});
