import type { APIRequestContext, Page } from "@playwright/test";
import { expect, live, type Org, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

// A manager builds a rule in Settings → Automations with no code and no JSON, tries it on a real
// conversation, and saves it; a contact's message then fires it on the app's own worker, and the
// assignment, the reply and the stamp reach the open thread live. A time-based rule fires when its
// moment comes.

async function inbound(request: APIRequestContext, org: Org, from: string, body: string) {
  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from, body },
  });
  expect(delivered.status()).toBe(201);
}

const assignButton = (page: Page) => page.getByRole("button", { name: /^Assignees: .*Assign$/ });

test("a manager builds a rule in the editor; an inbound SMS about the price is assigned, answered and stamped live", async ({
  page,
  org,
  request,
}) => {
  const { conversationId, channelIdentifier } = await threadOf(org, "Pia");
  await signIn(page, org.manager.email);
  await page.goto("/settings/automations");
  await expect(page.getByText("No automations yet")).toBeVisible();
  await page.getByRole("button", { name: "New automation" }).click();
  await page.getByRole("button", { name: /A blank rule/ }).click();

  const editor = page.getByRole("form", { name: "New automation" });
  const name = `Price questions ${org.tag}`;
  await editor.getByLabel("Name").fill(name);
  await editor.getByLabel("Add a condition").selectOption({ label: "Channel" });
  await editor.getByLabel("Add a condition").selectOption({ label: "Message text" });
  await editor.getByLabel("Condition 2 text").fill("price");
  await editor.getByRole("button", { name: "Remove action 1" }).click();
  await editor.getByLabel("Add an action").selectOption({ label: "Assign to a person" });
  await editor.getByLabel("Action 1 person").selectOption({ label: org.agent.fullName });
  await editor.getByLabel("Add an action").selectOption({ label: "Reply with a template" });
  await editor.getByLabel("Action 2 message").fill(`Hi {{contact.firstName|there}}, prices come today ${org.tag}.`);
  await expect(editor.getByTestId("rule-summary")).toHaveText(
    `When a message is received and the channel is SMS and the text contains “price”: assign to ${org.agent.fullName}, then reply “Hi {{contact.firstName|there}}, prices come today ${org.tag}.”.`,
  );

  // Try it on Pia's conversation: her message does not mention the price.
  await editor.getByLabel("Conversation to try it on").selectOption(conversationId);
  await editor.getByRole("button", { name: "Try it" }).click();
  const verdict = editor.getByRole("status");
  await expect(verdict).toContainText("It would not fire on this conversation now.");
  await expect(verdict).toContainText("Holds: the channel is SMS");
  await expect(verdict).toContainText("Does not hold: the text contains “price”");

  await editor.getByRole("button", { name: "Add automation" }).click();
  await expect(page.getByText("Automation added")).toBeVisible();
  const card = page.getByRole("article", { name });
  await expect(card).toContainText(`assign to ${org.agent.fullName}`);

  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await expect(assignButton(page)).toHaveAccessibleName("Assignees: nobody. Assign");
  await inbound(request, org, channelIdentifier, "What is the price of the flat?");
  await expect(thread(page).getByText(`Hi Pia, prices come today ${org.tag}.`)).toBeVisible();
  const stamp = thread(page).getByRole("article", { name: `System: ${name}` });
  await expect(stamp).toContainText("assign");
  await expect(stamp).toContainText("reply");
  await expect(assignButton(page)).toHaveAccessibleName(`Assignees: ${org.agent.fullName}. Assign`);

  // The run log names the conversation it fired on.
  await page.goto("/settings/automations");
  await page.getByRole("article", { name }).getByRole("button", { name: "Run log" }).click();
  await expect(page.getByRole("region", { name: "Run log" })).toContainText(`Pia ${org.tag}`);
  await expect(page.getByRole("region", { name: "Run log" })).toContainText("Fired: assign, reply");
});

test("a time-based rule fires when the contact has waited, and its stamp appears in the open thread", async ({
  page,
  org,
  request,
}) => {
  const { conversationId, channelIdentifier } = await threadOf(org, "Tomas");
  await signIn(page, org.manager.email);
  // A one-second wait, set through the API (the editor counts in minutes).
  const created = await page.request.post("/api/automations", {
    data: {
      name: `Waited ${org.tag}`,
      event: "time.no_reply_from_us",
      delaySeconds: 1,
      actions: [{ type: "assign", mode: "person", userId: org.otherAgent.id }],
    },
  });
  expect(created.status()).toBe(200);
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await inbound(request, org, channelIdentifier, "Hello? Anyone?");
  await expect(thread(page).getByRole("article", { name: `System: Waited ${org.tag}` })).toBeVisible();
  await expect(assignButton(page)).toHaveAccessibleName(`Assignees: ${org.otherAgent.fullName}. Assign`);
});

test("automations @screenshots", async ({ page, org, request }) => {
  const dir = "docs/screenshots";
  await page.setViewportSize({ width: 1280, height: 800 });
  const { conversationId } = await threadOf(org, "Nia");
  await signIn(page, org.manager.email);
  await page.goto("/settings/automations");
  for (const title of ["Auto-assign by channel, in turn", "Remind when a contact waits"]) {
    await page.getByRole("button", { name: "New automation" }).click();
    await page.getByRole("button", { name: new RegExp(title) }).click();
    await page.getByRole("form", { name: "New automation" }).getByRole("button", { name: "Add automation" }).click();
    await expect(page.getByRole("form", { name: "New automation" })).toBeHidden();
  }
  await page.getByRole("button", { name: "New automation" }).click();
  await page.getByRole("button", { name: /First reply after hours/ }).click();
  const editor = page.getByRole("form", { name: "New automation" });
  await editor.getByLabel("Conversation to try it on").selectOption(conversationId);
  await editor.getByRole("button", { name: "Try it" }).click();
  await expect(editor.getByRole("status")).toBeVisible();
  // The page scrolls inside its main region: a tall window shows the whole editor.
  await page.setViewportSize({ width: 1280, height: 1750 });
  await page.screenshot({ path: `${dir}/automation-editor.png` });
  await page.setViewportSize({ width: 390, height: 1800 });
  await page.screenshot({ path: `${dir}/automation-editor-phone.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await editor.getByRole("button", { name: "Cancel" }).click();

  // A new contact's first SMS: the in-turn rule deals it to an agent.
  await inbound(request, org, `+1555${Date.now() % 10_000_000}`, "Hi, do you have anything on Saturday?");
  await page.getByRole("article", { name: "SMS to agents in turn" }).getByRole("button", { name: "Run log" }).click();
  await expect(page.getByRole("region", { name: "Run log" })).toContainText("Fired: assign");
  await page.screenshot({ path: `${dir}/automations.png` });
});
