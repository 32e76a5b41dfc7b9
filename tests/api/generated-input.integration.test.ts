import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

// Property: whatever a client sends (bodies, query strings, ids), the answer is never a 5xx and
// never carries anything of another organization that the client did not send itself.

let token: string;
let ours: { conversationId: string; contactId: string; userId: string };
let theirs: string[];

beforeAll(async () => {
  const world = await createOrganization();
  const other = await createOrganization();
  const mine = await conversationOf(world, {
    ownerId: world.agent.id,
    messages: [{ isIncoming: true }, { body: "reply" }],
  });
  const foreign = await conversationOf(other, {
    ownerId: other.agent.id,
    messages: [{ isIncoming: true, body: "secret of the other organization" }],
  });
  token = world.agent.token;
  ours = { conversationId: mine.id, contactId: world.contact.id, userId: world.agent.id };
  theirs = [
    foreign.id,
    other.contact.id,
    other.agent.id,
    other.admin.id,
    other.organization.id,
    foreign.latestMessageId!,
  ];
});

const hexId = fc.stringMatching(/^[0-9a-f]{24}$/);
const anyId = () =>
  fc.oneof(
    fc.constantFrom(ours.conversationId, ours.contactId, ours.userId, ...theirs),
    hexId,
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.jsonValue(),
  );
const anyValue = fc.oneof(fc.jsonValue(), fc.string(), fc.boolean(), fc.integer(), fc.constant(null));

const body = () =>
  fc.oneof(
    fc.record(
      {
        conversationId: anyId(),
        contactId: anyId(),
        channelType: fc.oneof(fc.constantFrom("sms", "facebook", "webchat", "email", "fax", ""), anyValue),
        limit: fc.oneof(fc.integer({ min: -5, max: 600 }), anyValue),
        before: anyId(),
        assignees: fc.oneof(fc.array(anyId(), { maxLength: 5 }), anyValue),
        isResolved: fc.oneof(fc.boolean(), anyValue),
        __v: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
  );
const query = () =>
  fc.dictionary(fc.constantFrom("conversationId", "contactId", "channelType", "limit", "before", "x"), fc.string());

function expectSafe(res: Awaited<ReturnType<typeof callRoute>>, sent: unknown) {
  expect(res.status).toBeLessThan(500);
  expect(res.status).toBeGreaterThanOrEqual(200);
  const text = JSON.stringify(res.body);
  const echoed = JSON.stringify(sent);
  for (const id of theirs) if (!echoed.includes(id)) expect(text).not.toContain(id);
  expect(text).not.toContain("secret of the other organization");
}

const RUNS = 40;

describe("generated input", () => {
  const bodyEndpoints = [
    ["POST /all", routes.byContact.POST, "POST"],
    ["POST /messages", routes.messages.POST, "POST"],
    ["POST /unseen", routes.unseen.POST, "POST"],
    ["POST /seen", routes.seen.POST, "POST"],
    ["DELETE /", routes.remove.DELETE, "DELETE"],
  ] as const;

  it.each(bodyEndpoints)("%s never fails or leaks", async (_name, handler, method) => {
    await fc.assert(
      fc.asyncProperty(body(), async (sent) => {
        expectSafe(await callRoute(handler, method, "/", { token, body: sent }), sent);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["GET /all", routes.byContact.GET],
    ["GET /messages", routes.messages.GET],
  ] as const)("%s never fails or leaks with any query string", async (_name, handler) => {
    await fc.assert(
      fc.asyncProperty(query(), async (sent) => {
        expectSafe(await callRoute(handler, "GET", "/", { token, query: sent }), sent);
      }),
      { numRuns: RUNS },
    );
  });

  it("GET, PUT and resolve by id never fail or leak, whatever the id and body", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(ours.conversationId, ...theirs), hexId, fc.string()),
        body(),
        async (id, sent) => {
          const params = { id };
          expectSafe(await callRoute(routes.conversation.GET, "GET", "/", { token, params }), id);
          expectSafe(await callRoute(routes.conversation.PUT, "PUT", "/", { token, params, body: sent }), [id, sent]);
          expectSafe(await callRoute(routes.resolve.PUT, "PUT", "/", { token, params, body: sent }), [id, sent]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("raw bytes that are not JSON get a 400", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (raw) => {
        fc.pre(!isJson(raw));
        const res = await callRoute(routes.unseen.POST, "POST", "/", { token, rawBody: raw });
        expect(res.status).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });
});

function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return text.trim() === "";
  }
}
