import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { createContact, createConversation, createOrganization } from "../support/factories";
import * as routes from "./routes";

// Every text field and query parameter takes only text PostgreSQL can store as given: U+0000 and
// lone surrogate halves are a 400 naming the field, never a 500; attachment links are http(s);
// searches match % and _ literally.

let token: string;
let secret: string;
let conversationId: string;
let organizationId: string;

beforeAll(async () => {
  const world = await createOrganization();
  token = world.manager.token;
  organizationId = world.organization.id;
  secret = `secret-${randomBytes(6).toString("hex")}`;
  await db.organization.update({ where: { id: organizationId }, data: { inboundSecretHash: hashToken(secret) } });
  conversationId = (await createConversation({ organizationId, contactId: world.contact.id })).id;
});

type Call = (value: string) => ReturnType<typeof callRoute>;
const inbound = (fields: Record<string, unknown>) =>
  callRoute(routes.inbound.POST, "POST", "/", {
    headers: { authorization: `Bearer ${secret}` },
    body: { channelType: "sms", from: "+15550009999", body: "hello", ...fields },
  });

const inQuery = new Set(["q", "cursor"]);
const fields: [string, string, Call][] = [
  [
    "reply",
    "body",
    (v) => callRoute(routes.reply.POST, "POST", "/", { token, params: { id: conversationId }, body: { body: v } }),
  ],
  ["token", "name", (v) => callRoute(routes.tokens.POST, "POST", "/", { token, body: { name: v } })],
  ["inbox", "q", (v) => callRoute(routes.inbox.GET, "GET", "/", { token, query: { q: v } })],
  ["inbox counts", "q", (v) => callRoute(routes.inboxCounts.GET, "GET", "/", { token, query: { q: v } })],
  ["inbox", "cursor", (v) => callRoute(routes.inbox.GET, "GET", "/", { token, query: { cursor: v } })],
  ["contacts", "q", (v) => callRoute(routes.contacts.GET, "GET", "/", { token, query: { q: v } })],
  ["inbound", "from", (v) => inbound({ from: v })],
  ["inbound", "body", (v) => inbound({ body: v })],
  ["inbound", "contactName", (v) => inbound({ contactName: v })],
  ["inbound", "subject", (v) => inbound({ subject: v })],
  ["inbound", "attachments.0.name", (v) => inbound({ attachments: [{ url: "https://files.example/a.pdf", name: v }] })],
  ["inbound", "attachments.0.url", (v) => inbound({ attachments: [{ url: `https://files.example/${v}` }] })],
];

describe("text fields", () => {
  it.each(fields)("%s %s: U+0000 is a 400 naming the field", async (_endpoint, path, call) => {
    const response = await call("a\u0000b");
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(JSON.stringify(response.body)).toMatch(/U\+0000|URL/);
  });

  // A query string cannot carry one: URL encoding is UTF-8, which turns it into U+FFFD on the way.
  it.each(fields.filter(([, path]) => !inQuery.has(path)))(
    "%s %s: a lone surrogate half is a 400",
    async (_endpoint, path, call) => {
      const response = await call("a\ud800b");
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    },
  );

  it("never answers 5xx to generated hostile text, and refuses exactly what cannot be stored", async () => {
    const hostile = fc.string({
      unit: fc.oneof(
        fc.constantFrom("\u0000", "\ud800", "\udfff", "\u0001", "\u001f", "\u007f", "\u2028", "%", "_", "\\", "'", '"'),
        fc.constantFrom("a", "é", "😀", " ", "\n"),
      ),
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), hostile, async ([, path, call], value) => {
        const response = await call(value);
        expect(response.status).toBeLessThan(500);
        const unstorable = value.includes("\u0000") || (!inQuery.has(path) && !value.isWellFormed());
        if (unstorable) expect(response.status).toBe(400);
      }),
      { numRuns: 60 },
    );
  });
});

describe("attachment links", () => {
  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
  ])("refuses %s", async (url) => {
    const response = await inbound({ attachments: [{ url, name: "invoice.pdf" }] });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe("attachments.0.url");
  });

  it("takes http and https", async () => {
    const response = await inbound({
      attachments: [{ url: "https://files.example/invoice.pdf", name: "invoice.pdf" }],
    });
    expect(response.status).toBe(201);
  });
});

describe("searches", () => {
  it("match % and _ literally, in contacts and in the inbox", async () => {
    const world = await createOrganization();
    await createContact(world.organization.id);
    const percent = await db.contact.create({
      data: { organizationId: world.organization.id, fullName: "Save 50% now" },
    });
    await createConversation({ organizationId: world.organization.id, contactId: percent.id });
    const manager = world.manager.token;
    const contacts = async (q: string) =>
      (await callRoute(routes.contacts.GET, "GET", "/", { token: manager, query: { q } })).body.contacts.map(
        (c: { fullName: string }) => c.fullName,
      );
    expect(await contacts("%")).toEqual(["Save 50% now"]);
    expect(await contacts("_")).toEqual([]);
    const inbox = await callRoute(routes.inbox.GET, "GET", "/", { token: manager, query: { view: "all", q: "%" } });
    expect(inbox.body.conversations.map((c: { contactId: string }) => c.contactId)).toEqual([percent.id]);
  });
});

describe("API answers", () => {
  it("are never cached", async () => {
    const response = await callRoute(routes.users.GET, "GET", "/", { token });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await callRoute(routes.users.GET, "GET", "/")).headers.get("cache-control")).toBe("no-store");
  });
});
