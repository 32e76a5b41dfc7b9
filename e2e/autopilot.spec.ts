import type { APIRequestContext } from "@playwright/test";
import { type FakeModel, startFakeModel } from "../tests/support/fake-openai";
import { expect, live, type Org, row, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

// The autopilot from an admin's first setting to a live AI reply: the model is a fake
// OpenAI-compatible server this spec starts on loopback (tests/support/fake-openai.ts), which the
// app's own job worker calls.

let model: FakeModel;
test.beforeAll(async () => {
  model = await startFakeModel();
});
test.afterAll(() => model.stop());

async function inbound(request: APIRequestContext, org: Org, from: string, body: string) {
  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from, body },
  });
  expect(delivered.status()).toBe(201);
}

test("an admin sets up the model and a process; the autopilot answers live and stamps; Take over stops it; Suggest fills the composer", async ({
  page,
  org,
  request,
}) => {
  await signIn(page, org.admin.email);
  await page.goto("/settings/ai");
  const form = page.getByRole("form", { name: "Model provider" });
  await form.getByLabel("Base URL").fill(model.baseUrl);
  await form.getByLabel("Model", { exact: true }).fill("fake-1");
  await form.getByRole("button", { name: "Add provider" }).click();
  await expect(page.getByText("Model provider saved")).toBeVisible();
  await form.getByRole("button", { name: "Test" }).click();
  await expect(form.getByRole("status")).toHaveText(/fake-1 answered in \d+ ms and called the test tool/);
  await expect(page.getByRole("table").getByText("test", { exact: true })).toBeVisible();

  await page.goto("/settings/processes");
  await page.getByRole("button", { name: "New process" }).click();
  const process = page.getByRole("form", { name: "New process" });
  await process.getByLabel("Name").fill(`Viewings ${org.tag}`);
  await process.getByLabel("Instructions").fill("Book a viewing. Greet {{contact.firstName}}.");
  await process.getByRole("button", { name: "Add a field" }).click();
  await process.getByLabel("Field 1 name").fill("firstName");
  await process.getByLabel("Field 1 description").fill("Their first name");
  await process.getByLabel("Reply delay (seconds)").fill("0");
  await process.getByRole("button", { name: "Add process" }).click();
  await expect(page.getByRole("heading", { name: `Viewings ${org.tag}` })).toBeVisible();

  const { conversationId, channelIdentifier } = await threadOf(org, "Nia", { assigneeIds: [org.admin.id] });
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await page.getByRole("button", { name: "Autopilot", exact: true }).click();
  await page.getByLabel("Process").selectOption({ label: `Viewings ${org.tag}` });
  await page.getByRole("button", { name: "Turn autopilot on" }).click();
  await expect(page.getByText(`Autopilot · Viewings ${org.tag}`)).toBeVisible();
  await expect(row(page, new RegExp(`Nia ${org.tag}, SMS, .*on autopilot`))).toBeVisible();

  model.answer({
    toolCalls: [
      { name: "extract", arguments: { firstName: "Nia" } },
      { name: "reply", arguments: { text: `Hi Nia! Tuesday at 6 works ${org.tag}.` } },
    ],
  });
  await inbound(request, org, channelIdentifier, "Hi, I'm Nia. Can I see the flat?");
  await expect(thread(page).getByText(`Hi Nia! Tuesday at 6 works ${org.tag}.`)).toBeVisible();
  const stamp = thread(page).getByRole("article", { name: `System: Viewings ${org.tag}` });
  await expect(stamp).toContainText("firstName");
  await expect(stamp).toContainText("reply");
  // What it extracted is on the contact, in the panel beside the thread.
  const known = page.getByRole("region", { name: "Known about them" });
  await expect(known.getByRole("definition")).toHaveText("Nia");
  // And a person corrects it there.
  await page.getByRole("button", { name: "Edit what is known about them" }).click();
  const attributes = page.getByRole("form", { name: "What is known about them" });
  await attributes.getByLabel("Attribute 1 value").fill("Niamh");
  await attributes.getByRole("button", { name: "Add" }).click();
  await attributes.getByLabel("Attribute 2 name").fill("budget");
  await attributes.getByLabel("Attribute 2 value").fill("1500");
  await attributes.getByRole("button", { name: "Save" }).click();
  await expect(known.getByRole("definition")).toHaveText(["1500", "Niamh"]); // budget, firstName

  await page.getByRole("button", { name: "Take over" }).click();
  await expect(page.getByRole("button", { name: "Autopilot", exact: true })).toBeVisible();

  model.answer({ toolCalls: [{ name: "reply", arguments: { text: "Would Wednesday suit you better?" } }] });
  await page.getByRole("button", { name: "✦ Suggest reply" }).click();
  await expect(page.getByRole("textbox", { name: /^Reply/ })).toHaveValue("Would Wednesday suit you better?");
});

test("autopilot @screenshots", async ({ page, org, request }) => {
  const dir = "docs/screenshots";
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, org.admin.email);
  await page.goto("/settings/ai");
  const form = page.getByRole("form", { name: "Model provider" });
  await form.getByLabel("Base URL").fill(model.baseUrl);
  await form.getByLabel("Model", { exact: true }).fill("llama3.1");
  await form.getByLabel("Daily token budget").fill("200000");
  await form.getByRole("button", { name: "Add provider" }).click();
  await form.getByRole("button", { name: "Test" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await page.screenshot({ path: `${dir}/ai-settings.png` });

  await page.goto("/settings/processes");
  await page.getByRole("button", { name: "New process" }).click();
  const process = page.getByRole("form", { name: "New process" });
  await process.getByLabel("Name").fill("Lead follow-up");
  await process
    .getByLabel("Instructions")
    .fill(
      "You book viewings for Acme Homes. Greet {{contact.firstName}}, find out which flat they saw and when they can come, and offer two times.",
    );
  await process.getByRole("button", { name: "Add a field" }).click();
  await process.getByLabel("Field 1 name").fill("firstName");
  await process.getByLabel("Field 1 description").fill("Their first name");
  await process.getByRole("button", { name: "Add a field" }).click();
  await process.getByLabel("Field 2 name").fill("viewingTime");
  await process.getByLabel("Field 2 type").selectOption("date");
  await process.getByLabel("Field 2 description").fill("When they want to come");
  await process.getByLabel("Reply delay (seconds)").fill("0");
  await page.screenshot({ path: `${dir}/process-form.png`, fullPage: true });
  await process.getByRole("button", { name: "Add process" }).click();
  await expect(page.getByRole("heading", { name: "Lead follow-up" })).toBeVisible();
  await page.getByRole("button", { name: "New lead source" }).click();
  const source = page.getByRole("form", { name: "New lead source" });
  await source.getByLabel("Source name").fill("Website form");
  await source.getByLabel("Process for the replies").selectOption({ label: "Lead follow-up" });
  await source
    .getByLabel("First message")
    .fill("Hi {{contact.firstName}}, thanks for asking about {{contact.listing}}! When could you come for a viewing?");
  await source.getByRole("button", { name: "Add lead source" }).click();
  await page.getByText("Posting a lead").click();
  await page.getByRole("heading", { name: "Lead sources" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${dir}/lead-sources.png` });

  const { conversationId, channelIdentifier } = await threadOf(org, "Nia Brooks", { assigneeIds: [org.admin.id] });
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await page.getByRole("button", { name: "Autopilot", exact: true }).click();
  await page.getByRole("button", { name: "Turn autopilot on" }).click();
  model.answer({
    toolCalls: [
      { name: "extract", arguments: { firstName: "Nia" } },
      {
        name: "reply",
        arguments: {
          text: "Hi Nia! I can show you the flat on Tuesday at 6 pm or Wednesday at 9 am. Which suits you?",
        },
      },
    ],
  });
  await inbound(request, org, channelIdentifier, "Hi, I'm Nia. I saw the flat on Elm Street, can I come and see it?");
  await expect(thread(page).getByText("Which suits you?")).toBeVisible();
  await page.screenshot({ path: `${dir}/autopilot-thread.png` });
});
