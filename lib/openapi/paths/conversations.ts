import { z } from "zod";
import { activityPageSchema, activityQuery } from "@/lib/activity/schemas";
import { contactJsonSchema } from "@/lib/contacts/json";
import { contactsQuery, startEmailInput, updateContactInput } from "@/lib/contacts/schemas";
import { conversationJsonSchema, resolutionJsonSchema } from "@/lib/conversations/json";
import {
  bulkUpdateInput,
  conversationIdInput,
  conversationIdParams,
  conversationsByContactInput,
  resolveConversationInput,
  snoozeSpec,
  updateConversationInput,
} from "@/lib/conversations/schemas";
import { draftInput, draftJsonSchema } from "@/lib/drafts/drafts";
import { presenceInput } from "@/lib/events/presence";
import { eventsQuery } from "@/lib/events/stream";
import { conversationExportSchema, exportQuery } from "@/lib/exports/conversation";
import { inboxRowJsonSchema } from "@/lib/inbox/json";
import { inboxCountsQuery, inboxQuery } from "@/lib/inbox/schemas";
import { labelJsonSchema } from "@/lib/labels/json";
import { conversationLabelsInput, createLabelInput, labelsQuery, updateLabelInput } from "@/lib/labels/schemas";
import { messageJsonSchema } from "@/lib/messages/json";
import { emailHtmlQuery, messageIdParams, messagesInput, replyInput } from "@/lib/messages/schemas";
import { mentionsPageSchema, mentionsQuery, noteIdParams, noteInput, readMentionsInput } from "@/lib/notes/schemas";
import { dataOf, messageAnswerSchema, type Operation } from "@/lib/openapi/operation";
import { idParams } from "@/lib/schemas";
import { cannedUploadsInput, uploadIdParams } from "@/lib/uploads/schemas";
import { uploadJsonSchema } from "@/lib/uploads/uploads";
import { userJsonSchema } from "@/lib/users/json";

// The reference's conversation endpoints (Tether's, paths and envelopes kept), and ours around
// them: the inbox, contacts, drafts, presence, live events.

const Conversation = conversationJsonSchema.meta({ id: "Conversation" });
const Message = messageJsonSchema.meta({ id: "Message" });
const Contact = contactJsonSchema.meta({ id: "Contact" });
const InboxRow = inboxRowJsonSchema.meta({ id: "InboxRow" });
const User = userJsonSchema.meta({ id: "User" });
const Label = labelJsonSchema.meta({ id: "Label" });
const Upload = uploadJsonSchema.meta({ id: "Upload" });

const data = dataOf;
const cursor = z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null at the end." });
const conversations = z.strictObject({ conversations: z.array(Conversation) });
const messagesPage = z.strictObject({
  messages: z.array(Message),
  nextCursor: z.string().nullable().optional().meta({
    description: "The id to pass as `before` for the older page; null or absent when there is none.",
  }),
});
const idempotencyKey = "Makes a retried request answer the first one's result, done once (1 to 255 visible ASCII).";

const byContact = {
  path: "/api/conversation/all",
  tag: "Conversations",
  summary: "Get conversations by contact",
  description: "A contact's conversations on one channel, newest activity first (reference).",
  caller: "user",
  answers: { 200: { description: "The conversations.", schema: conversations } },
  errors: [404],
} as const;

const messages = {
  path: "/api/conversation/messages",
  tag: "Messages",
  summary: "Get messages",
  description:
    "A conversation's messages, oldest first (reference). With `limit`, a page, and `before` for the older one; without, the whole thread, streamed.",
  caller: "user",
  answers: { 200: { description: "The messages.", schema: messagesPage } },
  errors: [404, 429],
} as const;

export const conversationOperations: Operation[] = [
  { ...byContact, method: "get", operationId: "getConversationsByContact", query: conversationsByContactInput },
  {
    ...byContact,
    method: "post",
    operationId: "postConversationsByContact",
    summary: "Get conversations by contact (POST)",
    body: conversationsByContactInput,
  },
  {
    method: "get",
    path: "/api/conversation/{id}",
    operationId: "getConversation",
    tag: "Conversations",
    summary: "Get conversation",
    caller: "user",
    params: conversationIdParams,
    answers: { 200: { description: "The conversation.", schema: data(Conversation) } },
  },
  {
    method: "put",
    path: "/api/conversation/{id}",
    operationId: "updateConversation",
    tag: "Conversations",
    summary: "Update conversation",
    description:
      "Assignees, resolution, `process` and `isAutopilot`; `__v` makes it conditional on the version you read (409 when it moved on).",
    caller: "user",
    params: conversationIdParams,
    body: updateConversationInput,
    answers: { 200: { description: "The conversation as it now is.", schema: data(Conversation) } },
    errors: [409],
  },
  {
    method: "put",
    path: "/api/conversation/{id}/labels",
    operationId: "setConversationLabels",
    tag: "Labels",
    summary: "Set a conversation's labels",
    description: "All of them: what is not listed is taken off. Anyone who may read the conversation.",
    caller: "user",
    params: conversationIdParams,
    body: conversationLabelsInput,
    answers: { 200: { description: "The conversation as it now is.", schema: data(Conversation) } },
  },
  {
    method: "put",
    path: "/api/conversation/{id}/snooze",
    operationId: "snoozeConversation",
    tag: "Conversations",
    summary: "Snooze a conversation",
    description:
      "Until a time, a preset in the organization's time zone, or until the contact writes; a message from the contact wakes it earlier. Reopens a resolved one. Anyone who may read the conversation.",
    caller: "user",
    params: conversationIdParams,
    body: snoozeSpec,
    answers: { 200: { description: "The conversation as it now is.", schema: data(Conversation) } },
  },
  {
    method: "delete",
    path: "/api/conversation/{id}/snooze",
    operationId: "wakeConversation",
    tag: "Conversations",
    summary: "Wake a snoozed conversation",
    description: "It comes back to Open now. Anyone who may read the conversation.",
    caller: "user",
    params: conversationIdParams,
    answers: { 200: { description: "The conversation as it now is.", schema: data(Conversation) } },
  },
  {
    method: "get",
    path: "/api/labels",
    operationId: "listLabels",
    tag: "Labels",
    summary: "The organization's labels",
    caller: "user",
    query: labelsQuery,
    answers: { 200: { description: "By name.", schema: z.strictObject({ labels: z.array(Label) }) } },
  },
  {
    method: "post",
    path: "/api/labels",
    operationId: "createLabel",
    tag: "Labels",
    summary: "Add a label (managers and admins)",
    caller: "user",
    body: createLabelInput,
    answers: { 201: { description: "It.", schema: data(Label) } },
    errors: [403, 409],
  },
  {
    method: "patch",
    path: "/api/labels/{id}",
    operationId: "updateLabel",
    tag: "Labels",
    summary: "Rename or recolour a label (managers and admins)",
    caller: "user",
    params: idParams,
    body: updateLabelInput,
    answers: { 200: { description: "It.", schema: data(Label) } },
    errors: [403, 409],
  },
  {
    method: "delete",
    path: "/api/labels/{id}",
    operationId: "deleteLabel",
    tag: "Labels",
    summary: "Delete a label (managers and admins)",
    description: "The conversations that carried it lose it.",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Deleted.", schema: messageAnswerSchema } },
    errors: [403],
  },
  {
    method: "get",
    path: "/api/conversation/{id}/export",
    operationId: "exportConversation",
    tag: "Conversations",
    summary: "Export a conversation (managers and admins)",
    description:
      "Every message with its stamps: `format=json` the API's objects, `text` a transcript in the organization's time zone, `csv` a row per message (cells that would start a formula are defused). Sent as a download.",
    caller: "user",
    params: conversationIdParams,
    query: exportQuery,
    answers: {
      200: {
        description: "The export, as an attachment.",
        schema: conversationExportSchema,
        headers: { "content-disposition": 'attachment; filename="conversation-<id>.<json|txt|csv>"' },
        also: { "text/plain": z.string(), "text/csv": z.string() },
      },
    },
    errors: [403, 429],
  },
  {
    method: "put",
    path: "/api/conversation/{id}/resolve",
    operationId: "resolveConversation",
    tag: "Conversations",
    summary: "Toggle resolve conversation",
    caller: "user",
    params: conversationIdParams,
    body: resolveConversationInput,
    answers: {
      200: {
        description: "Resolved or reopened.",
        schema: z.strictObject({ message: z.string(), data: resolutionJsonSchema }),
      },
    },
  },
  {
    method: "delete",
    path: "/api/conversation",
    operationId: "deleteConversation",
    tag: "Conversations",
    summary: "Delete conversation",
    description: "The conversation and all its messages; its id in the body, as in the reference.",
    caller: "user",
    body: conversationIdInput,
    answers: { 200: { description: "Deleted.", schema: messageAnswerSchema } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/conversation/seen",
    operationId: "markConversationSeen",
    tag: "Conversations",
    summary: "Mark seen (for you)",
    caller: "user",
    body: conversationIdInput,
    answers: { 200: { description: "Marked.", schema: messageAnswerSchema } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/conversation/unseen",
    operationId: "markConversationUnseen",
    tag: "Conversations",
    summary: "Mark unseen (for you)",
    caller: "user",
    body: conversationIdInput,
    answers: { 200: { description: "Marked.", schema: messageAnswerSchema } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/conversation/bulk",
    operationId: "bulkUpdateConversations",
    tag: "Conversations",
    summary: "Assign, unassign, resolve or reopen many",
    description: "All or nothing; up to 100 conversations.",
    caller: "user",
    body: bulkUpdateInput,
    answers: {
      200: {
        description: "They as they now are.",
        schema: z.strictObject({
          conversations: z.array(Conversation),
          message: z.string(),
          updated: z.number().int(),
        }),
      },
    },
    errors: [404, 409],
  },
  { ...messages, method: "get", operationId: "getMessages", query: messagesInput },
  { ...messages, method: "post", operationId: "postMessages", summary: "Get messages (POST)", body: messagesInput },
  {
    method: "post",
    path: "/api/conversation/{id}/messages",
    operationId: "sendReply",
    tag: "Messages",
    summary: "Reply",
    description: "Sent through the conversation's channel by the outbox, exactly once; answered as queued.",
    caller: "user",
    params: conversationIdParams,
    body: replyInput,
    headers: { "idempotency-key": idempotencyKey },
    answers: {
      201: {
        description: "The reply (`Idempotent-Replayed: true` when it answers an earlier request's).",
        schema: data(Message),
        headers: { "idempotent-replayed": "true when the Idempotency-Key was seen before" },
      },
    },
    errors: [409, 502],
  },
  {
    method: "post",
    path: "/api/conversation/{id}/uploads",
    operationId: "uploadReplyFile",
    tag: "Messages",
    summary: "Upload a file for a reply (`?name=` its file name)",
    description:
      "The body is the file's bytes. Its type is read from the bytes and must be one the conversation's channel carries (docs/api.md lists them); up to 10 MB, 4 at a time and 60 a minute per person. Send it by naming its id in the reply's `attachments`; until then only you can read it.",
    caller: "user",
    params: conversationIdParams,
    body: z.string().meta({ format: "binary" }),
    bodyType: "application/octet-stream",
    answers: { 201: { description: "Stored, to attach to a reply.", schema: data(Upload) } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/conversation/{id}/uploads/canned",
    operationId: "copyCannedReplyFiles",
    tag: "Messages",
    summary: "Copy a canned reply's files into a reply",
    description: "Each becomes your unsent file in this conversation; refused (415) when the channel cannot carry one.",
    caller: "user",
    params: conversationIdParams,
    body: cannedUploadsInput,
    answers: { 201: { description: "The copies.", schema: z.strictObject({ uploads: z.array(Upload) }) } },
  },
  {
    method: "delete",
    path: "/api/conversation/{id}/uploads/{uploadId}",
    operationId: "removeReplyFile",
    tag: "Messages",
    summary: "Take back a file you uploaded and have not sent",
    caller: "user",
    params: uploadIdParams,
    answers: { 200: { description: "Removed.", schema: messageAnswerSchema } },
  },
  {
    method: "post",
    path: "/api/conversation/{id}/messages/{messageId}/retry",
    operationId: "retryReply",
    tag: "Messages",
    summary: "Retry a failed reply",
    caller: "user",
    params: messageIdParams,
    answers: { 200: { description: "The message as it now stands.", schema: data(Message) } },
    errors: [409, 502],
  },
  {
    method: "post",
    path: "/api/conversation/{id}/notes",
    operationId: "writeNote",
    tag: "Notes",
    summary: "Write a private note",
    description:
      "A message only the organization's people see (`private: true`), never sent to the contact. The people in `mentions` are told (their live stream, their mentions, email where it is set up) and may read the conversation while the note exists. Anyone who may read the conversation may write one.",
    caller: "user",
    params: conversationIdParams,
    body: noteInput,
    answers: { 201: { description: "The note.", schema: data(Message) } },
  },
  {
    method: "delete",
    path: "/api/conversation/{id}/notes/{messageId}",
    operationId: "deleteNote",
    tag: "Notes",
    summary: "Delete a note",
    description: "Its writer, managers and admins. Its mentions go with it.",
    caller: "user",
    params: noteIdParams,
    answers: { 200: { description: "Deleted.", schema: messageAnswerSchema } },
    errors: [403],
  },
  {
    method: "get",
    path: "/api/conversation/{id}/activity",
    operationId: "getActivity",
    tag: "Conversations",
    summary: "The activity trail",
    description:
      "Who assigned, unassigned, resolved, reopened, snoozed or woke the conversation, turned its autopilot on or off, added or deleted a note, and when: newest first. `actor` is null when the contact, the autopilot or an automation (`automation`) did it.",
    caller: "user",
    params: conversationIdParams,
    query: activityQuery,
    answers: { 200: { description: "A page of the trail.", schema: activityPageSchema } },
    errors: [404],
  },
  {
    method: "get",
    path: "/api/mentions",
    operationId: "listMentions",
    tag: "Notes",
    summary: "Your mentions",
    description: "Notes that mention you, newest first, with how many are unread. Opening the conversation reads them.",
    caller: "user",
    query: mentionsQuery,
    answers: { 200: { description: "A page of mentions.", schema: mentionsPageSchema } },
  },
  {
    method: "post",
    path: "/api/mentions/read",
    operationId: "readMentions",
    tag: "Notes",
    summary: "Mark your mentions read",
    caller: "user",
    body: readMentionsInput,
    answers: {
      200: { description: "How many stay unread.", schema: z.strictObject({ unread: z.number().int() }) },
    },
  },
  {
    method: "get",
    path: "/api/conversation/{id}/draft",
    operationId: "getDraft",
    tag: "Drafts",
    summary: "Your unsent reply",
    caller: "user",
    params: conversationIdParams,
    answers: { 200: { description: "The draft, or null.", schema: data(draftJsonSchema) } },
  },
  {
    method: "put",
    path: "/api/conversation/{id}/draft",
    operationId: "saveDraft",
    tag: "Drafts",
    summary: "Save your unsent reply",
    description: "A blank body removes it; a save overtaken by a later revision of the same editor is not applied.",
    caller: "user",
    params: conversationIdParams,
    body: draftInput,
    answers: { 200: { description: "The draft as it now is.", schema: data(draftJsonSchema) } },
  },
  {
    method: "delete",
    path: "/api/conversation/{id}/draft",
    operationId: "deleteDraft",
    tag: "Drafts",
    summary: "Remove your unsent reply",
    caller: "user",
    params: conversationIdParams,
    answers: { 200: { description: "Removed.", schema: data(draftJsonSchema) } },
  },
  {
    method: "post",
    path: "/api/conversation/{id}/presence",
    operationId: "announcePresence",
    tag: "Live",
    summary: "Say you are viewing or typing",
    description: "Sent to the others on the conversation as a presence event.",
    caller: "user",
    params: conversationIdParams,
    body: presenceInput,
    answers: { 204: { description: "Announced." } },
    errors: [429],
  },
  {
    method: "get",
    path: "/api/events",
    operationId: "liveEvents",
    tag: "Live",
    summary: "Live events (server-sent events)",
    description: "Your conversations' changes as they happen; docs/api.md lists the event types.",
    caller: "user",
    query: eventsQuery,
    headers: { "last-event-id": "The last event a reconnecting client had." },
    answers: { 200: { description: "An event stream.", contentType: "text/event-stream" } },
    errors: [429, 503],
  },
  {
    method: "get",
    path: "/api/inbox",
    operationId: "listInbox",
    tag: "Inbox",
    summary: "The inbox",
    description: "Conversations across contacts under the filters, newest activity first, keyset paged.",
    caller: "user",
    query: inboxQuery,
    answers: {
      200: {
        description: "A page of rows.",
        schema: z.strictObject({ conversations: z.array(InboxRow), nextCursor: cursor }),
      },
    },
  },
  {
    method: "get",
    path: "/api/inbox/counts",
    operationId: "countInbox",
    tag: "Inbox",
    summary: "How many each view holds",
    caller: "user",
    query: inboxCountsQuery,
    answers: {
      200: {
        description: "Counts up to `cap` (a count equal to it means that many or more).",
        schema: z.strictObject({
          counts: z.strictObject({ mine: z.number().int(), unassigned: z.number().int(), all: z.number().int() }),
          cap: z.number().int(),
        }),
      },
    },
  },
  {
    method: "get",
    path: "/api/contacts",
    operationId: "listContacts",
    tag: "Contacts",
    summary: "Contacts",
    description: "Searched by name, phone or email; keyset paged.",
    caller: "user",
    query: contactsQuery,
    answers: {
      200: { description: "A page.", schema: z.strictObject({ contacts: z.array(Contact), nextCursor: cursor }) },
    },
  },
  {
    method: "get",
    path: "/api/contacts/{id}",
    operationId: "getContact",
    tag: "Contacts",
    summary: "A contact",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "With `conversationCounts`.", schema: data(Contact) } },
  },
  {
    method: "patch",
    path: "/api/contacts/{id}",
    operationId: "updateContact",
    tag: "Contacts",
    summary: "Change a contact's attributes",
    caller: "user",
    params: idParams,
    body: updateContactInput,
    answers: { 200: { description: "The contact.", schema: data(Contact) } },
  },
  {
    method: "post",
    path: "/api/contacts/{id}/email",
    operationId: "startEmailConversation",
    tag: "Contacts",
    summary: "Start an email conversation with a contact",
    description:
      "A draft (`isDraft: true`) owned by the caller, with its subject and mailbox (`connectionId`, else the organization's first), until its first message is sent. 400 when the contact has no email or no mailbox is connected.",
    caller: "user",
    params: idParams,
    body: startEmailInput,
    answers: { 201: { description: "The draft conversation.", schema: data(Conversation) } },
  },
  {
    method: "get",
    path: "/api/messages/{id}/html",
    operationId: "getEmailHtml",
    tag: "Messages",
    summary: "A received email's HTML, sanitised",
    description:
      "A document for a sandboxed frame: no script runs, no form submits, and (unless `images=1`) no image loads from another server. For whoever may read the conversation; 404 for a message without HTML.",
    caller: "user",
    params: idParams,
    query: emailHtmlQuery,
    answers: { 200: { description: "The HTML document.", contentType: "text/html", schema: z.string() } },
  },
  {
    method: "get",
    path: "/api/users",
    operationId: "listUsers",
    tag: "Team",
    summary: "The organization's users",
    description: "With how many open conversations each is assigned (pickers).",
    caller: "user",
    answers: { 200: { description: "The users.", schema: z.strictObject({ users: z.array(User) }) } },
  },
];
