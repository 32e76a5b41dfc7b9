import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/read-body";
import { callRoute } from "../support/call-route";
import { createConversation, createOrganization } from "../support/factories";
import * as routes from "./routes";

// Every kind of bad input gets the documented 4xx with a message a person can act on; none a 5xx.

let token: string;
let conversationId: string;
let contactId: string;
let foreignUserId: string;

beforeAll(async () => {
  const world = await createOrganization();
  const other = await createOrganization();
  token = world.admin.token;
  contactId = world.contact.id;
  foreignUserId = other.agent.id;
  conversationId = (
    await createConversation({ organizationId: world.organization.id, contactId, ownerId: world.agent.id })
  ).id;
});

const missingId = "0123456789abcdef01234567";

type Case = {
  name: string;
  run: () => ReturnType<typeof callRoute>;
  status: number;
  message: RegExp;
};

const post = (handler: typeof routes.unseen.POST, body: unknown) => callRoute(handler, "POST", "/", { token, body });
const put = (handler: typeof routes.conversation.PUT, body: unknown, id = conversationId) =>
  callRoute(handler, "PUT", "/", { token, body, params: { id } });

const cases: Case[] = [
  {
    name: "invalid JSON",
    run: () =>
      callRoute(routes.unseen.POST, "POST", "/", {
        token,
        rawBody: "{not json",
        headers: { "content-type": "application/json" },
      }),
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: "a JSON array body",
    run: () => post(routes.unseen.POST, [conversationId]),
    status: 400,
    message: /JSON object/,
  },
  { name: "a JSON string body", run: () => post(routes.unseen.POST, "hello"), status: 400, message: /JSON object/ },
  { name: "null body", run: () => post(routes.unseen.POST, null), status: 400, message: /JSON object/ },
  {
    name: "an empty body",
    run: () => callRoute(routes.unseen.POST, "POST", "/", { token }),
    status: 400,
    message: /conversationId: is required/,
  },
  {
    name: "missing conversationId",
    run: () => post(routes.unseen.POST, {}),
    status: 400,
    message: /conversationId: is required/,
  },
  {
    name: "numeric conversationId",
    run: () => post(routes.seen.POST, { conversationId: 42 }),
    status: 400,
    message: /conversationId: must be a string/,
  },
  {
    name: "malformed conversationId",
    run: () => post(routes.unseen.POST, { conversationId: "abc" }),
    status: 400,
    message: /24-character/,
  },
  {
    name: "uppercase id",
    run: () => post(routes.unseen.POST, { conversationId: conversationId.toUpperCase() }),
    status: 400,
    message: /24-character/,
  },
  {
    name: "unknown conversationId",
    run: () => post(routes.unseen.POST, { conversationId: missingId }),
    status: 404,
    message: /^Conversation not found$/,
  },
  {
    name: "missing contactId",
    run: () => post(routes.byContact.POST, { channelType: "sms" }),
    status: 400,
    message: /contactId: is required/,
  },
  {
    name: "unknown channel type",
    run: () => post(routes.byContact.POST, { contactId, channelType: "whatsapp" }),
    status: 400,
    message: /channelType: must be one of sms, facebook, webchat, email/,
  },
  {
    name: "unknown contact",
    run: () => post(routes.byContact.POST, { contactId: missingId }),
    status: 404,
    message: /Contact not found/,
  },
  {
    name: "limit 0",
    run: () => post(routes.messages.POST, { conversationId, limit: 0 }),
    status: 400,
    message: /limit: must be an integer from 1 to 500/,
  },
  {
    name: "limit 501",
    run: () => post(routes.messages.POST, { conversationId, limit: 501 }),
    status: 400,
    message: /limit/,
  },
  {
    name: "limit as a word",
    run: () => callRoute(routes.messages.GET, "GET", "/", { token, query: { conversationId, limit: "ten" } }),
    status: 400,
    message: /limit/,
  },
  {
    name: "malformed cursor",
    run: () => post(routes.messages.POST, { conversationId, limit: 5, before: "zz" }),
    status: 400,
    message: /before: must be a 24-character/,
  },
  {
    name: "cursor from elsewhere",
    run: () => post(routes.messages.POST, { conversationId, limit: 5, before: missingId }),
    status: 400,
    message: /before: no such message/,
  },
  {
    name: "malformed path id",
    run: () => put(routes.conversation.PUT, { isResolved: true }, "not-an-id"),
    status: 400,
    message: /id: must be a 24-character/,
  },
  {
    name: "PUT with neither field",
    run: () => put(routes.conversation.PUT, { subject: "x" }),
    status: 400,
    message: /Provide assignees, isResolved, isAutopilot or process/,
  },
  {
    name: "isResolved as a string",
    run: () => put(routes.conversation.PUT, { isResolved: "yes" }),
    status: 400,
    message: /isResolved: must be true or false/,
  },
  {
    name: "assignees not an array",
    run: () => put(routes.conversation.PUT, { assignees: "abc" }),
    status: 400,
    message: /assignees: must be an array/,
  },
  {
    name: "malformed assignee",
    run: () => put(routes.conversation.PUT, { assignees: ["nope"] }),
    status: 400,
    message: /assignees.0: must be a 24-character/,
  },
  {
    name: "foreign-organization assignee",
    run: () => put(routes.conversation.PUT, { assignees: [foreignUserId] }),
    status: 400,
    message: /no user [0-9a-f]{24} in this organization/,
  },
  {
    name: "__v not an integer",
    run: () => put(routes.conversation.PUT, { isResolved: true, __v: "0" }),
    status: 400,
    message: /__v/,
  },
  {
    name: "resolve without isResolved",
    run: () => put(routes.resolve.PUT, {}),
    status: 400,
    message: /isResolved: is required/,
  },
  {
    name: "a body over 1 MiB",
    run: () => post(routes.unseen.POST, { conversationId, padding: "x".repeat(MAX_BODY_BYTES) }),
    status: 413,
    message: /larger than 1 MiB/,
  },
  {
    name: "a body over 1 MiB without Content-Length",
    run: () =>
      callRoute(routes.unseen.POST, "POST", "/", {
        token,
        rawBody: JSON.stringify({ padding: "x".repeat(MAX_BODY_BYTES + 10) }),
        headers: { "content-type": "application/json", "content-length": "10" },
      }),
    status: 413,
    message: /larger than 1 MiB/,
  },
  {
    name: "a wrong method",
    run: () => callRoute(routes.unseen.GET, "GET", "/", { token }),
    status: 405,
    message: /Use POST/,
  },
];

describe("bad input", () => {
  it.each(cases)("$name → $status", async ({ run, status, message }) => {
    const res = await run();
    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
    if (status === 400 && res.body.errors) {
      for (const error of res.body.errors)
        expect(error).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  });

  it("sends an Allow header with 405", async () => {
    const res = await callRoute(routes.remove.GET, "GET", "/", { token });
    expect(res.headers.get("allow")).toBe("DELETE");
  });

  it("ignores unknown fields and never writes read-only ones", async () => {
    const res = await put(routes.conversation.PUT, {
      isResolved: true,
      _id: missingId,
      organizationId: missingId,
      messageCount: 999,
      createdAt: "2000-01-01T00:00:00.000Z",
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ _id: conversationId, messageCount: 0, isResolved: true });
    expect(res.body.data.organizationId).not.toBe(missingId);
  });
});
