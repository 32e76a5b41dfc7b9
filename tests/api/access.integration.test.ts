import { beforeEach, describe, expect, it } from "vitest";
import { callRoute } from "../support/call-route";
import { type Credentials, callers, credentialsOf, revokedUser } from "../support/callers";
import { conversationOf, createOrganization, createUser } from "../support/factories";
import { PNG } from "../support/files";
import * as routes from "./routes";

// The access matrix: every endpoint, every kind of caller. An agent reaches what it owns or is
// assigned to; managers and admins their whole organization; nobody crosses organizations; what
// a caller may not see is 404, never 403 (except deleting as a mere assignee, which is 403). An
// agent a note mentions (a participant) reads the conversation and writes notes in it, no more.

/** The shared callers, and the participant: an agent a note in the conversation mentions. */
const matrixCallers = [...callers, "mentioned agent"] as const;
type MatrixCaller = (typeof matrixCallers)[number];

type Endpoint = {
  name: string;
  call: (ids: Ids, auth: AuthOptions) => ReturnType<typeof callRoute>;
  /** Status for those who may access the conversation. */
  allowed: number;
  /** A participant may (reads, their own state of it, notes): it gets `allowed` too. */
  read?: true;
  expected?: Partial<Record<MatrixCaller, number>>;
};

type AuthOptions = Credentials;
type Ids = {
  conversationId: string;
  contactId: string;
  failedMessageId: string;
  noteId: string;
  /** The owner's file, unsent; the owner's file sent in a reply; the organization's canned reply. */
  unsentUploadId: string;
  sentUploadId: string;
  cannedReplyId: string;
};
const upload = (conversationId: string, auth: AuthOptions) =>
  callRoute(routes.upload.POST, "POST", "/", {
    ...auth,
    params: { id: conversationId },
    rawBody: PNG,
    headers: { ...auth.headers, "content-type": "application/octet-stream" },
  });

const endpoints: Endpoint[] = [
  {
    name: "POST /api/conversation/all",
    read: true,
    call: (ids, auth) => callRoute(routes.byContact.POST, "POST", "/", { ...auth, body: { contactId: ids.contactId } }),
    allowed: 200,
    // The contact exists in the agent's organization; it just sees none of its threads.
    expected: { "unrelated agent": 200 },
  },
  {
    name: "POST /api/conversation/messages",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.messages.POST, "POST", "/", { ...auth, body: { conversationId: ids.conversationId } }),
    allowed: 200,
  },
  {
    name: "GET /api/conversation/:id",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.conversation.GET, "GET", "/", { ...auth, params: { id: ids.conversationId } }),
    allowed: 200,
  },
  {
    name: "PUT /api/conversation/:id",
    call: (ids, auth) =>
      callRoute(routes.conversation.PUT, "PUT", "/", {
        ...auth,
        params: { id: ids.conversationId },
        body: { isResolved: true },
      }),
    allowed: 200,
  },
  {
    name: "PUT /api/conversation/:id/resolve",
    call: (ids, auth) =>
      callRoute(routes.resolve.PUT, "PUT", "/", {
        ...auth,
        params: { id: ids.conversationId },
        body: { isResolved: true },
      }),
    allowed: 200,
  },
  {
    name: "POST /api/conversation/unseen",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.unseen.POST, "POST", "/", { ...auth, body: { conversationId: ids.conversationId } }),
    allowed: 200,
  },
  {
    name: "POST /api/conversation/seen",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.seen.POST, "POST", "/", { ...auth, body: { conversationId: ids.conversationId } }),
    allowed: 200,
  },
  {
    name: "POST /api/conversation/:id/messages/:messageId/retry",
    call: (ids, auth) =>
      callRoute(routes.retry.POST, "POST", "/", {
        ...auth,
        params: { id: ids.conversationId, messageId: ids.failedMessageId },
      }),
    allowed: 200,
  },
  {
    name: "DELETE /api/conversation",
    call: (ids, auth) =>
      callRoute(routes.remove.DELETE, "DELETE", "/", { ...auth, body: { conversationId: ids.conversationId } }),
    allowed: 200,
    expected: { "assignee agent": 403 },
  },
  {
    name: "POST /api/conversation/:id/notes",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.notes.POST, "POST", "/", {
        ...auth,
        params: { id: ids.conversationId },
        body: { body: "Note" },
      }),
    allowed: 201,
  },
  {
    name: "DELETE /api/conversation/:id/notes/:messageId",
    read: true,
    call: (ids, auth) =>
      callRoute(routes.note.DELETE, "DELETE", "/", {
        ...auth,
        params: { id: ids.conversationId, messageId: ids.noteId },
      }),
    allowed: 200,
    // Its writer (the owner), managers and admins; others who read the conversation may not.
    expected: { "assignee agent": 403, "mentioned agent": 403 },
  },
  {
    name: "PUT /api/conversation/:id/labels",
    call: (ids, auth) =>
      callRoute(routes.labels.PUT, "PUT", "/", { ...auth, params: { id: ids.conversationId }, body: { labelIds: [] } }),
    allowed: 200,
  },
  {
    name: "PUT /api/conversation/:id/snooze",
    call: (ids, auth) =>
      callRoute(routes.snooze.PUT, "PUT", "/", {
        ...auth,
        params: { id: ids.conversationId },
        body: { untilReply: true },
      }),
    allowed: 200,
  },
  {
    name: "DELETE /api/conversation/:id/snooze",
    call: (ids, auth) =>
      callRoute(routes.snooze.DELETE, "DELETE", "/", { ...auth, params: { id: ids.conversationId } }),
    allowed: 200,
  },
  {
    name: "GET /api/conversation/:id/export",
    call: (ids, auth) =>
      callRoute(routes.exportConversation.GET, "GET", "/", {
        ...auth,
        params: { id: ids.conversationId },
        query: { format: "csv" },
      }),
    allowed: 200,
    // Agents who may read it may not take it away whole: exports are for managers and admins.
    expected: { "owner agent": 403, "assignee agent": 403, "mentioned agent": 403 },
  },
];

endpoints.push(
  {
    name: "POST /api/conversation/:id/uploads",
    call: (ids, auth) => upload(ids.conversationId, auth),
    allowed: 201,
  },
  {
    name: "POST /api/conversation/:id/uploads/canned",
    call: (ids, auth) =>
      callRoute(routes.cannedCopy.POST, "POST", "/", {
        ...auth,
        params: { id: ids.conversationId },
        body: { cannedReplyId: ids.cannedReplyId },
      }),
    allowed: 201,
  },
  {
    name: "DELETE /api/conversation/:id/uploads/:uploadId (the owner's unsent file)",
    call: (ids, auth) =>
      callRoute(routes.unsentUpload.DELETE, "DELETE", "/", {
        ...auth,
        params: { id: ids.conversationId, uploadId: ids.unsentUploadId },
      }),
    allowed: 404,
    expected: { "owner agent": 200 },
  },
  {
    name: "GET /api/attachments/:id (a file sent in a reply)",
    read: true,
    call: (ids, auth) => callRoute(routes.attachment.GET, "GET", "/", { ...auth, params: { id: ids.sentUploadId } }),
    allowed: 200,
  },
  {
    name: "GET /api/messages/:id/html (a received email's HTML)",
    read: true,
    call: (ids, auth) => callRoute(routes.emailHtml.GET, "GET", "/", { ...auth, params: { id: ids.failedMessageId } }),
    allowed: 200,
  },
);

function expectedStatus(endpoint: Endpoint, caller: MatrixCaller): number {
  const fromTable = endpoint.expected?.[caller];
  if (fromTable !== undefined) return fromTable;
  if (caller === "mentioned agent") return endpoint.read ? endpoint.allowed : 404;
  if (["no credentials", "malformed header", "unknown token", "revoked token"].includes(caller)) return 401;
  if (caller === "other organization's admin" || caller === "unrelated agent") return 404;
  return endpoint.allowed;
}

let ids: Ids;
let auth: Record<MatrixCaller, Credentials>;

beforeEach(async () => {
  const world = await createOrganization();
  const other = await createOrganization();
  const owner = await createUser(world.organization.id, "AGENT");
  const revoked = await revokedUser(world.organization.id);
  const conversation = await conversationOf(world, {
    ownerId: owner.id,
    assigneeIds: [world.agent.id],
    messages: [{ isIncoming: true }],
  });
  const { db } = await import("@/lib/db/client");

  // A reply the provider refused, for the retry endpoint.
  const failed = await db.message.create({
    data: {
      conversationId: conversation.id,
      userId: owner.id,
      isIncoming: false,
      body: "refused",
      channelType: conversation.channelType,
      channelIdentifier: conversation.channelIdentifier,
      status: "failed",
      senderType: "USER",
      failureReason: "test",
    },
  });
  // Its HTML, as an email's would be kept (the frame's endpoint reads it).
  await db.messageHtml.create({ data: { messageId: failed.id, html: "<p>Hello</p>" } });
  const participant = await createUser(world.organization.id, "AGENT");
  const note = await callRoute(routes.notes.POST, "POST", "/", {
    token: owner.token,
    params: { id: conversation.id },
    body: { body: "Can you look?", mentions: [participant.id] },
  });
  const sentUploadId = (await upload(conversation.id, { token: owner.token })).body.data.id;
  await callRoute(routes.reply.POST, "POST", "/", {
    token: owner.token,
    params: { id: conversation.id },
    body: { attachments: [sentUploadId] },
  });
  const canned = await db.cannedReply.create({
    data: { organizationId: world.organization.id, shortcut: "hello", body: "Hello!" },
  });
  ids = {
    conversationId: conversation.id,
    contactId: world.contact.id,
    failedMessageId: failed.id,
    noteId: note.body.data._id,
    unsentUploadId: (await upload(conversation.id, { token: owner.token })).body.data.id,
    sentUploadId,
    cannedReplyId: canned.id,
  };
  auth = { ...credentialsOf(world, other, owner, revoked), "mentioned agent": { token: participant.token } };
});

describe.each(endpoints)("$name", (endpoint) => {
  it.each(matrixCallers)("as %s", async (caller) => {
    const res = await endpoint.call(ids, auth[caller]);
    const status = expectedStatus(endpoint, caller);
    expect(res.status).toBe(status);
    if (status === 401) expect(res.body).toEqual({ message: "Unauthorized" });
    if (status === 404) expect(res.body.message).toMatch(/not found/);
    if (endpoint.name === "POST /api/conversation/all" && status === 200) {
      const count = caller === "unrelated agent" ? 0 : 1;
      expect(res.body.conversations).toHaveLength(count);
    }
  });
});
