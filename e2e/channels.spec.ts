import { randomBytes } from "node:crypto";
import { test as base, type Page } from "@playwright/test";
import { createOrganization } from "@/lib/accounts/first-run";
import { twilioSignature } from "@/lib/connections/twilio/signature";
import { prismaFor } from "@/lib/db/script-client";
import { type FakeTwilio, startFakeTwilio } from "../tests/support/fake-twilio";
import { type AppServer, startAppServer } from "./support/app-server";
import { cspViolations, expect } from "./support/fixtures";

// A Twilio number connected from the Channels page, end to end, on an app server of this file's own
// whose Twilio API is a fake started here: an SMS posted to the signed webhook reaches the inbox,
// the agent's reply reaches Twilio from the right number, a status callback marks it delivered,
// and a refused reply is shown with Twilio's reason and sent by Retry.

const PASSWORD = "channel password";
const ACCOUNT_SID = `AC${"c3".repeat(16)}`;
const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789";
const NUMBER = "+15550004444";

const test = base.extend<object, { world: { app: AppServer; twilio: FakeTwilio } }>({
  world: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      const app = await startAppServer({ env: { TWILIO_API_BASE: twilio.url } });
      await use({ app, twilio });
      await app.stop();
      await twilio.stop();
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

async function seedTeam(app: AppServer) {
  const tag = randomBytes(4).toString("hex");
  const prisma = prismaFor(app.databaseUrl);
  try {
    const { organization, admin } = await createOrganization(
      prisma,
      { organizationName: `Clinic ${tag}`, fullName: `Ada ${tag}`, email: `ada-${tag}@e2e.test`, password: PASSWORD },
      { onlyIfEmpty: false },
    );
    return { tag, organization, admin };
  } finally {
    await prisma.$disconnect();
  }
}

async function signedIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/inbox/);
}

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
  browser,
  world,
}) => {
  const { app, twilio } = world;
  const team = await seedTeam(app);
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const violations = cspViolations(page);
  try {
    await signedIn(page, team.admin.email);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Channels" }).click();
    await expect(page.getByRole("note")).toContainText("delivered nowhere");
    await page.getByLabel("Name").fill("Front desk");
    await page.getByLabel("Account SID").fill(ACCOUNT_SID);
    await page.getByLabel("Auth Token").fill(AUTH_TOKEN);
    await page.getByLabel("Sender").fill(NUMBER);
    await page.getByRole("button", { name: "Connect" }).click();
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
    await expect(refused).toContainText(
      "Not delivered: Attempt to send to unsubscribed recipient (Twilio error 21610)",
      {
        timeout: 15_000,
      },
    );
    twilio.stopRefusing(contact);
    await refused.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => twilio.messages.filter((m) => m.to === contact).length, { timeout: 15_000 }).toBe(2);
    await expect(refused).toContainText("Sent");
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});
