import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect, signIn, test } from "./support/fixtures";
import { threadOf } from "./support/seed";

// An admin adds an endpoint (a receiver this spec starts on loopback, verifying every signature with
// the standard's own library), copies the secret shown once, and a contact's message reaches it;
// the delivery shows in the log, and Replay sends it again under the same webhook-id.

type Call = { id: string; type: string; verified: boolean };
let server: Server;
let url: string;
let secret = "";
const calls: Call[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const headers = {
        "webhook-id": String(request.headers["webhook-id"]),
        "webhook-timestamp": String(request.headers["webhook-timestamp"]),
        "webhook-signature": String(request.headers["webhook-signature"]),
      };
      let verified = false;
      let type = "";
      try {
        type = (new Webhook(secret).verify(body, headers) as { type: string }).type;
        verified = true;
      } catch {}
      calls.push({ id: headers["webhook-id"], type, verified });
      response.writeHead(verified ? 200 : 401).end(verified ? "ok" : "bad signature");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/inbox-hooks`;
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

test("an admin adds an endpoint, sees the secret once; a message is delivered signed and replayed from the log", async ({
  page,
  org,
  request,
}) => {
  calls.length = 0;
  const { channelIdentifier } = await threadOf(org, "Wren");
  await signIn(page, org.admin.email);
  await page.goto("/settings/webhooks");
  await expect(page.getByText("No webhook endpoints yet")).toBeVisible();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const form = page.getByRole("form", { name: "New webhook endpoint" });
  await form.getByLabel("URL").fill(url);
  await form.getByLabel("Description").fill(`CRM ${org.tag}`);
  await form.getByRole("checkbox", { name: /message\.created/ }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  secret = await page.getByRole("textbox", { name: "Signing secret" }).inputValue();
  expect(secret).toMatch(/^whsec_/);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("textbox", { name: "Signing secret" })).toBeHidden();

  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from: channelIdentifier, body: `Hook me ${org.tag}` },
  });
  expect(delivered.status()).toBe(201);
  const card = page.getByRole("article", { name: url });
  await card.getByRole("button", { name: "Deliveries" }).click();
  const log = card.getByRole("region", { name: "Deliveries" });
  await expect(log.getByText("Delivered")).toBeVisible();
  await expect(log).toContainText("message.created");
  expect(calls.map((c) => [c.type, c.verified])).toEqual([["message.created", true]]);

  await log.getByRole("button", { name: /^Replay message\.created/ }).click();
  await expect(page.getByText("Sent again")).toBeVisible();
  await expect.poll(() => calls.length).toBe(2);
  expect(calls[1]).toEqual({ ...calls[0] });
  await log.locator("summary").first().click();
  await expect(log).toContainText("replay");
});

test("webhooks @screenshots", async ({ page, org, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { channelIdentifier } = await threadOf(org, "Wren");
  await signIn(page, org.admin.email);
  await page.goto("/settings/webhooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const form = page.getByRole("form", { name: "New webhook endpoint" });
  await form.getByLabel("URL").fill(url);
  await form.getByLabel("Description").fill("CRM sync");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  secret = await page.getByRole("textbox", { name: "Signing secret" }).inputValue();
  await page.getByRole("button", { name: "Done" }).click();
  for (const body of ["Is the flat still free?", "Can I come on Saturday?"]) {
    await request.post("/api/webhooks/inbound", {
      headers: { Authorization: `Bearer ${org.inboundSecret}` },
      data: { channelType: "sms", from: channelIdentifier, body },
    });
  }
  const card = page.getByRole("article", { name: url });
  await card.getByRole("button", { name: "Deliveries" }).click();
  await expect(card.getByRole("region", { name: "Deliveries" }).getByText("Delivered").nth(1)).toBeVisible();
  await card.getByRole("region", { name: "Deliveries" }).locator("summary").first().click();
  await page.screenshot({ path: "docs/screenshots/webhooks.png" });
});
