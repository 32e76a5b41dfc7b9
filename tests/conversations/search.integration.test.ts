import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import * as inboxCountsRoute from "@/app/api/inbox/counts/route";
import * as inboxRoute from "@/app/api/inbox/route";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { type Caller, type Credentials, callers, credentialsOf, revokedUser } from "../support/callers";
import { createContact, createConversation, createOrganization, createUser } from "../support/factories";

// Search in message text: the inbox's `q` finds conversations by words in any of their messages as
// well as by their contact, shows where (a snippet with the words marked), pages by keyset without
// repeating a row found both ways, never shows a conversation the caller may not read, and takes any
// text typed (quotes, backslashes, % and _ are only text).

let world: Awaited<ReturnType<typeof createOrganization>>;

beforeEach(async () => {
  world = await createOrganization();
});

/** A word no other test's rows hold. */
const word = () => `w${randomBytes(5).toString("hex")}`;

type Row = {
  _id: string;
  contact: { fullName: string };
  match?: { messageId: string; createdAt: string; snippet: string; highlights: [number, number][] };
};
async function search(q: string, options: { token?: string; view?: string; cursor?: string; limit?: number } = {}) {
  const res = await callRoute(inboxRoute.GET, "GET", "/", {
    token: options.token ?? world.manager.token,
    query: {
      view: options.view ?? "all",
      q,
      ...(options.cursor ? { cursor: options.cursor } : {}),
      ...(options.limit ? { limit: String(options.limit) } : {}),
    },
  });
  return res as { status: number; body: { conversations: Row[]; nextCursor: string | null } };
}
const countsOf = async (q: string, token = world.manager.token) =>
  (await callRoute(inboxCountsRoute.GET, "GET", "/", { token, query: { q } })).body.counts;
const marked = (row: Row) => row.match?.highlights.map(([start, end]) => row.match?.snippet.slice(start, end));

describe("search in message text", () => {
  it("finds a conversation by a word in an old message, with the words marked in a snippet", async () => {
    const refund = word();
    const found = await createConversation({
      organizationId: world.organization.id,
      contactId: world.contact.id,
      messages: [
        {
          isIncoming: true,
          body: `Hello, I would like a ${refund.toUpperCase()} for my order, please. It arrived broken.`,
        },
        { body: "Sorry to hear that! Let me check." },
        { isIncoming: true, body: `Any news on the ${refund}?` },
        { body: "Sent it today." },
      ],
    });
    await createConversation({
      organizationId: world.organization.id,
      contactId: world.contact.id,
      messages: [{ isIncoming: true, body: "Nothing to see here" }],
    });

    const res = await search(refund);
    expect(res.status).toBe(200);
    expect(res.body.conversations.map((c) => c._id)).toEqual([found.id]);
    const [row] = res.body.conversations;
    // The newest message holding the word, and the word as written, case and all.
    const messages = await db.message.findMany({ where: { conversationId: found.id }, orderBy: { createdAt: "asc" } });
    expect(row?.match?.messageId).toBe(messages[2]?.id);
    expect(row?.match?.createdAt).toBe(messages[2]?.createdAt.toISOString());
    expect(row?.match?.snippet).toBe(`Any news on the ${refund}?`);
    expect(marked(row!)).toEqual([refund]);

    // Words all present, in any order; a phrase in order; a word left out.
    expect((await search(`broken ${refund}`)).body.conversations).toHaveLength(1);
    expect((await search(`broken nowhere${refund}`)).body.conversations).toHaveLength(0);
    expect((await search(`"arrived broken" ${refund}`)).body.conversations).toHaveLength(1);
    expect((await search(`"broken arrived" ${refund}`)).body.conversations).toHaveLength(0);
    // Words are matched in one message: the first holds "broken", the third "news".
    expect((await search(`${refund} -news -broken`)).body.conversations).toHaveLength(0);
    expect((await search(`${refund} -news`)).body.conversations[0]?.match?.messageId).toBe(messages[0]?.id);
    const two = await search(`broken ${refund}`);
    expect(
      marked(two.body.conversations[0]!)
        ?.map((w) => w?.toLowerCase())
        .sort(),
    ).toEqual(["broken", refund]);

    // Counted in each view like any filter.
    expect(await countsOf(refund)).toEqual({ mine: 0, unassigned: 1, all: 1 });
  });

  it("still finds by the contact's name, phone and email; a row found by its contact has no match key", async () => {
    const name = word();
    const contact = await db.contact.create({
      data: {
        organizationId: world.organization.id,
        fullName: `Dana ${name}`,
        phone: "+15557654321",
        email: `${name}@example.com`,
      },
    });
    const conversation = await createConversation({
      organizationId: world.organization.id,
      contactId: contact.id,
      messages: [{ isIncoming: true, body: "hi there" }],
    });
    // The phone as people write it, with or without the country code.
    for (const q of [name, "+15557654321", `${name}@example.com`, `dana ${name}`, "(555) 765-4321", "555.765.4321"]) {
      const res = await search(q);
      expect(
        res.body.conversations.map((c) => c._id),
        q,
      ).toEqual([conversation.id]);
      expect(res.body.conversations[0]).not.toHaveProperty("match");
    }
  });

  it("pages by keyset in order, never repeating a conversation found by its contact and its messages", async () => {
    const term = word();
    const contact = await db.contact.create({
      data: { organizationId: world.organization.id, fullName: `Named ${term}`, phone: "+15550009999" },
    });
    const base = Date.now() - 3_600_000;
    const made: string[] = [];
    for (let n = 0; n < 7; n++) {
      // Odd ones found by their messages, even ones by their contact, the first by both.
      const byContact = n % 2 === 0;
      const conversation = await createConversation({
        organizationId: world.organization.id,
        contactId: byContact ? contact.id : world.contact.id,
        lastMessageTime: new Date(base + n * 60_000),
        messages: [{ isIncoming: true, body: !byContact || n === 0 ? `about ${term} ${n}` : `other ${n}` }],
      });
      made.push(conversation.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(term, { limit: 3, cursor });
      expect(page.status).toBe(200);
      expect(page.body.conversations.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.conversations.map((c) => c._id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
    expect((await countsOf(term)).all).toBe(7);
  });

  it("takes any text: %, _, quotes and backslashes are only text, never a pattern or a syntax error", async () => {
    const tag = word();
    const odd = await db.contact.create({
      data: { organizationId: world.organization.id, fullName: `Ann_Lee 100% ${tag}`, phone: null },
    });
    const plain = await db.contact.create({
      data: { organizationId: world.organization.id, fullName: `AnnXLee 1000 ${tag}`, phone: null },
    });
    const oddOne = await createConversation({
      organizationId: world.organization.id,
      contactId: odd.id,
      messages: [{ isIncoming: true, body: `it's C:\\temp\\${tag} "quoted" 50% off` }],
    });
    await createConversation({
      organizationId: world.organization.id,
      contactId: plain.id,
      messages: [{ isIncoming: true, body: "nothing" }],
    });
    // By contact: the underscore and the percent sign match only themselves.
    expect((await search(`Ann_Lee`)).body.conversations.map((c) => c._id)).toEqual([oddOne.id]);
    expect((await search(`100% ${tag}`)).body.conversations.map((c) => c._id)).toEqual([oddOne.id]);
    // By message: a backslash, a quote or an apostrophe is never a syntax error.
    expect((await search(`temp\\${tag}`)).body.conversations.map((c) => c._id)).toEqual([oddOne.id]);
    for (const q of ["%", "_", "\\", "'", "''", '"', '"unclosed', "it's", "a & b | !c", "(", ":*", "<->", "-", "or"]) {
      const res = await search(q);
      expect(res.status, q).toBe(200);
      expect(
        (await callRoute(inboxCountsRoute.GET, "GET", "/", { token: world.manager.token, query: { q } })).status,
      ).toBe(200);
    }
    // A lone % or _ matches everything as a pattern: as text, only the contact that holds one.
    expect((await search("%")).body.conversations.map((c) => c._id)).toEqual([oddOne.id]);
    expect((await search("_")).body.conversations.map((c) => c._id)).toEqual([oddOne.id]);
  });
});

describe("search and the access rule", () => {
  let secret: string;
  let conversationId: string;
  let auth: Record<Caller, Credentials>;

  beforeEach(async () => {
    secret = word();
    const other = await createOrganization();
    const owner = await createUser(world.organization.id, "AGENT");
    const revoked = await revokedUser(world.organization.id);
    const conversation = await createConversation({
      organizationId: world.organization.id,
      contactId: (await createContact(world.organization.id)).id,
      ownerId: owner.id,
      assigneeIds: [world.agent.id],
      messages: [{ isIncoming: true, body: `the code is ${secret}` }, { body: "thanks" }],
    });
    conversationId = conversation.id;
    // The same word in the other organization: never anyone's here.
    await createConversation({
      organizationId: other.organization.id,
      contactId: other.contact.id,
      messages: [{ isIncoming: true, body: `the code is ${secret}` }],
    });
    auth = credentialsOf(world, other, owner, revoked);
  });

  it.each(callers)("as %s", async (caller) => {
    const unauthenticated = ["no credentials", "malformed header", "unknown token", "revoked token"].includes(caller);
    const mayRead = ["owner agent", "assignee agent", "manager", "admin"].includes(caller);
    for (const view of ["all", "mine", "unassigned"]) {
      const res = await callRoute(inboxRoute.GET, "GET", "/", { ...auth[caller], query: { view, q: secret } });
      if (unauthenticated) {
        expect(res.status).toBe(401);
        continue;
      }
      expect(res.status).toBe(200);
      const ids = res.body.conversations.map((c: Row) => c._id);
      if (caller === "other organization's admin") {
        // Its own conversation with the word, never ours.
        expect(ids).not.toContain(conversationId);
        expect(ids).toHaveLength(view === "unassigned" ? 1 : view === "all" ? 1 : 0);
        continue;
      }
      const expected =
        mayRead && (view === "all" || (view === "mine" && caller === "assignee agent")) ? [conversationId] : [];
      expect(ids, view).toEqual(expected);
    }
    const counts = await callRoute(inboxCountsRoute.GET, "GET", "/", { ...auth[caller], query: { q: secret } });
    if (unauthenticated) expect(counts.status).toBe(401);
    else if (caller !== "other organization's admin") {
      expect(counts.body.counts.all).toBe(mayRead ? 1 : 0);
    }
  });
});
