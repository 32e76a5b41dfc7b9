import { randomBytes } from "node:crypto";
import { test as base, type Locator, type Page } from "@playwright/test";
import { metaSignature } from "@/lib/channels/messenger/signature";
import { twilioSignature } from "@/lib/channels/twilio/signature";
import { type FakeGraph, startFakeGraph } from "../tests/support/fake-graph";
import { type FakeTwilio, startFakeTwilio } from "../tests/support/fake-twilio";
import { PNG } from "../tests/support/files";
import { type AppServer, startAppServer } from "./support/app-server";
import { cspViolations, expect } from "./support/fixtures";
import { seedTeam, signInWithForm } from "./support/team";

// A Twilio number connected from the Channels page, end to end, on an app server of this file's own
// whose Twilio API is a fake started here: an SMS posted to the signed webhook reaches the inbox,
// the agent's reply reaches Twilio from the right number, a status callback marks it delivered,
// and a refused reply is shown with Twilio's reason and sent by Retry.

const ACCOUNT_SID = `AC${"c3".repeat(16)}`;
const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789";
const NUMBER = "+15550004444";

const PAGE_ID = "5550001111";
const PAGE_TOKEN = "e2e-page-access-token";
const APP_SECRET = "e2e-app-secret-0123456789";

type Admin = { page: Page; team: Awaited<ReturnType<typeof seedTeam>> };

const test = base.extend<{ admin: Admin }, { world: { app: AppServer; twilio: FakeTwilio; graph: FakeGraph } }>({
  world: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      const graph = await startFakeGraph({ pageId: PAGE_ID, accessToken: PAGE_TOKEN, pageName: "Clinic Page" });
      const app = await startAppServer({ env: { TWILIO_API_BASE: twilio.url, GRAPH_API_BASE: graph.url } });
      await use({ app, twilio, graph });
      await app.stop();
      await twilio.stop();
      await graph.stop();
    },
    { scope: "worker", timeout: 90_000 },
  ],
  // A team of its own on this file's server, its admin signed in through the form in a browser
  // context of their own; the page's Content-Security-Policy refusals fail the test.
  admin: async ({ browser, world }, use) => {
    const team = await seedTeam(world.app);
    const context = await browser.newContext({ baseURL: world.app.baseURL, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations = cspViolations(page);
    await signInWithForm(page, team.admin.email);
    await use({ page, team });
    await context.close();
    expect(violations).toEqual([]);
  },
});

/** What Twilio does: a form post to the webhook, signed over its URL and parameters. */
async function postAsTwilio(url: string, fields: Record<string, string>) {
  const params = new URLSearchParams(fields);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilioSignature(url, params, AUTH_TOKEN),
    },
    body: params,
  });
  expect(response.status).toBeLessThan(300);
}

test("an admin connects Twilio; SMS in, replies out, delivery and a refused reply's retry", async ({
  admin,
  world,
}) => {
  const { app, twilio } = world;
  const { page, team } = admin;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Channels" }).click();
  await expect(page.getByRole("note")).toContainText("delivered nowhere");
  const form = page.getByRole("form", { name: "Connect a Twilio number" });
  await form.getByLabel("Name", { exact: true }).fill("Front desk");
  await form.getByLabel("Account SID").fill(ACCOUNT_SID);
  await form.getByLabel("Auth Token").fill(AUTH_TOKEN);
  await form.getByLabel("Sender").fill(NUMBER);
  await form.getByRole("button", { name: "Connect", exact: true }).click();
  const card = page.getByRole("region", { name: "Front desk" });
  await expect(card).toContainText("Active");
  await expect(page.getByText(AUTH_TOKEN)).toHaveCount(0);
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Twilio account is active")).toBeVisible();
  const webhook = await card.getByLabel("Incoming messages webhook").inputValue();
  expect(webhook.startsWith(`${app.baseURL}/api/webhooks/twilio/`)).toBe(true);

  // A contact texts the number.
  const contact = `+1555${String(Date.now()).slice(-7)}`;
  await postAsTwilio(webhook, {
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
    AccountSid: ACCOUNT_SID,
    From: contact,
    To: NUMBER,
    Body: `Can I move my appointment? ${team.tag}`,
    NumMedia: "0",
  });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox" }).click();
  await page.getByRole("tab", { name: /Unassigned/ }).click();
  await page
    .getByRole("list", { name: "Conversations" })
    .getByRole("button", { name: new RegExp(contact.replace("+", "\\+")) })
    .click();
  const thread = page.getByRole("log", { name: "Messages" });
  await expect(thread).toContainText(`Can I move my appointment? ${team.tag}`);

  // The reply goes out through Twilio, from the connected number, to the contact.
  const composer = page.getByLabel("Reply by SMS");
  await composer.fill("Of course: Thursday at 4?");
  await composer.press("Enter");
  await expect.poll(() => twilio.messages.filter((m) => m.to === contact).length, { timeout: 15_000 }).toBe(1);
  const sent = twilio.messages.find((m) => m.to === contact)!;
  expect(sent).toMatchObject({ from: NUMBER, body: "Of course: Thursday at 4?" });
  const bubble = thread.getByRole("article").filter({ hasText: "Of course: Thursday at 4?" });
  await expect(bubble).toContainText("Sent");

  // Twilio reports delivery to the status webhook.
  await postAsTwilio(webhook.replace(/\/messages$/, "/status"), { MessageSid: sent.sid, MessageStatus: "delivered" });
  await expect(bubble).toContainText("Delivered");

  // Twilio refuses the next reply; the timeline says why, and Retry sends it once it would pass.
  twilio.refuse(contact, 21610, "Attempt to send to unsubscribed recipient");
  await composer.fill("Reminder: Thursday at 4");
  await composer.press("Enter");
  const refused = thread.getByRole("article").filter({ hasText: "Reminder: Thursday at 4" });
  await expect(refused).toContainText("Not delivered: Attempt to send to unsubscribed recipient (Twilio error 21610)", {
    timeout: 15_000,
  });
  twilio.stopRefusing(contact);
  await refused.getByRole("button", { name: "Retry" }).click();
  await expect.poll(() => twilio.messages.filter((m) => m.to === contact).length, { timeout: 15_000 }).toBe(2);
  await expect(refused).toContainText("Sent");

  // An image dropped on the composer goes out as MMS: Twilio fetches it by its signed link.
  await dropFile(composer.locator("xpath=ancestor::form"), "map.png", "image/png", PNG);
  const files = page.getByRole("list", { name: "Files to send" });
  await expect(files.getByRole("listitem")).toContainText("map.png");
  await expect(files).toContainText("KB"); // uploaded: its size replaces the progress bar
  await composer.fill("Here is the map");
  await composer.press("Enter");
  await expect.poll(() => twilio.messages.filter((m) => m.to === contact).length, { timeout: 15_000 }).toBe(3);
  const mms = twilio.messages.filter((m) => m.to === contact).at(-1)!;
  expect(mms).toMatchObject({ body: "Here is the map", num_media: "1" });
  expect(mms.media[0]).toMatchObject({ contentType: "image/png", size: PNG.byteLength });
  expect(new URL(mms.media[0]!.url).origin).toBe(app.baseURL);
  const withImage = thread.getByRole("article").filter({ hasText: "Here is the map" });
  await expect(withImage.getByRole("img", { name: "map.png" })).toBeVisible();
  await expect(withImage).toContainText("Sent");
  await expect(files).toBeHidden();
});

/** What a browser does when a file is dragged from the desktop onto `target`: dragover, then drop. */
async function dropFile(target: Locator, name: string, type: string, bytes: Buffer) {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, type, base64 }) => {
      const transfer = new DataTransfer();
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { name, type, base64: bytes.toString("base64") },
  );
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

test("an admin connects a Facebook Page; Messenger in, replies out, delivery reported", async ({ admin, world }) => {
  const { graph } = world;
  const { page, team } = admin;
  await page.goto("/settings/channels");
  await page.getByLabel("Page name").fill("Clinic on Facebook");
  await page.getByLabel("Page id").fill(PAGE_ID);
  await page.getByLabel("Page access token").fill(PAGE_TOKEN);
  await page.getByLabel("App secret").fill(APP_SECRET);
  await page.getByRole("button", { name: "Connect Page" }).click();
  const card = page.getByRole("region", { name: "Clinic on Facebook" });
  await expect(card).toContainText("Facebook Messenger");
  const callback = await card.getByLabel("Callback URL").inputValue();
  const verifyToken = await card.getByLabel("Verify token").inputValue();
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText('Connected to the Page "Clinic Page"')).toBeVisible();

  // Meta verifies the subscription, then delivers a message from a person.
  const handshake = await fetch(`${callback}?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=42`);
  expect(await handshake.text()).toBe("42");
  const psid = `${Date.now()}`;
  graph.profile(psid, "Mia", team.tag);
  const postEvent = async (messaging: object) => {
    const raw = JSON.stringify({
      object: "page",
      entry: [{ id: PAGE_ID, time: Date.now(), messaging: [messaging] }],
    });
    const response = await fetch(callback, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": metaSignature(raw, APP_SECRET) },
      body: raw,
    });
    expect(response.status).toBe(200);
  };
  await postEvent({
    sender: { id: psid },
    recipient: { id: PAGE_ID },
    timestamp: Date.now(),
    message: { mid: `m_${psid}`, text: "Are you open on Sunday?" },
  });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox" }).click();
  await page.getByRole("tab", { name: /Unassigned/ }).click();
  await page
    .getByRole("list", { name: "Conversations" })
    .getByRole("button", { name: new RegExp(`Mia ${team.tag}`) })
    .click();
  const thread = page.getByRole("log", { name: "Messages" });
  await expect(thread).toContainText("Are you open on Sunday?");

  const composer = page.getByLabel("Reply by Messenger");
  await composer.fill("Only on Saturdays, sorry!");
  await composer.press("Enter");
  await expect.poll(() => graph.sent.filter((m) => m.psid === psid).length, { timeout: 15_000 }).toBe(1);
  const sent = graph.sent.find((m) => m.psid === psid)!;
  expect(sent.text).toBe("Only on Saturdays, sorry!");
  const bubble = thread.getByRole("article").filter({ hasText: "Only on Saturdays, sorry!" });
  await expect(bubble).toContainText("Sent");
  await postEvent({
    sender: { id: psid },
    recipient: { id: PAGE_ID },
    delivery: { mids: [sent.id], watermark: Date.now() },
  });
  await expect(bubble).toContainText("Delivered");
});
