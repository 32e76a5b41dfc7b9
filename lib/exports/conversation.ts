import "server-only";
import { z } from "zod";
import { trailBatches } from "@/lib/activity/activity";
import { activityJsonSchema, activityLine } from "@/lib/activity/schemas";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { contactJson, contactJsonSchema } from "@/lib/contacts/json";
import { conversationJsonSchema } from "@/lib/conversations/json";
import { getConversation } from "@/lib/conversations/read";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { csvCell, csvLine } from "@/lib/exports/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { inFlightLimit } from "@/lib/http/in-flight";
import { download, streamedBody } from "@/lib/http/responses";
import { type MessageJson, messageJson, messageJsonSchema } from "@/lib/messages/json";
import { jsonDate, jsonId } from "@/lib/schemas";

// A conversation exported by a manager (or admin): as JSON (the API's own objects: the
// conversation, its contact, every message with its system stamps and private notes, and its
// activity trail), as a transcript to read, or as CSV, one row per message and then per step. Streamed a batch of messages at a time, so that a long thread costs
// neither memory nor a long-held connection; every message, however many (an export is complete).

export const exportFormats = ["json", "text", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportQuery = z.strictObject({
  format: z.enum(exportFormats, { error: "must be json, text or csv" }).default("json"),
});

/** The JSON export (its keys in this order). */
export const conversationExportSchema = z.strictObject({
  exportedAt: jsonDate,
  exportedBy: z.strictObject({ _id: jsonId, fullName: z.string() }),
  /** The organization's, in which the transcript's times are written. */
  timeZone: z.string(),
  conversation: conversationJsonSchema,
  contact: contactJsonSchema,
  /** Every message, oldest first, system stamps and private notes included. */
  messages: z.array(messageJsonSchema),
  /** Its activity trail, oldest first: who assigned, resolved, snoozed… */
  activity: z.array(activityJsonSchema),
});

const BATCH = 500;
/** Each person may run two at a time: an export reads a whole thread. */
const running = inFlightLimit("exports", () => 2);

const types: Record<ExportFormat, { contentType: string; extension: string }> = {
  json: { contentType: "application/json", extension: "json" },
  text: { contentType: "text/plain; charset=utf-8", extension: "txt" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
};

export async function exportConversation(
  viewer: Viewer,
  conversationId: string,
  format: ExportFormat,
  /** The request's: a client gone before the end frees its place at once. */
  signal: AbortSignal = new AbortController().signal,
) {
  // Access first: a conversation an agent cannot see is "not found", like everywhere else.
  const conversationText = await getConversation({ viewer, conversationId });
  if (!canSeeWholeOrganization(viewer)) {
    throw new ApiError("forbidden", "Only managers and admins can export conversations");
  }
  const conversation = JSON.parse(conversationText) as { contactId: string; channelType: string };
  const [contact, organization, exporter] = await Promise.all([
    db.contact.findUniqueOrThrow({ where: { id: conversation.contactId } }),
    db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { timeZone: true } }),
    db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { id: true, fullName: true } }),
  ]);
  const done = running.acquire(viewer.userId);
  const exportedAt = new Date().toISOString();
  const context: Context = {
    conversationText,
    contact: contactJson(contact),
    exporter: { _id: exporter.id, fullName: exporter.fullName },
    exportedAt,
    timeZone: organization.timeZone,
  };
  const chunks = { json: jsonChunks, text: textChunks, csv: csvChunks }[format](
    context,
    messageBatches(conversationId),
    trailBatches(conversationId),
  );
  const body = streamedBody({ chunks, done, signal, what: "a conversation export" });
  const { contentType, extension } = types[format];
  return download(body, contentType, `conversation-${conversationId}.${extension}`);
}

type Context = {
  conversationText: string;
  contact: ReturnType<typeof contactJson>;
  exporter: { _id: string; fullName: string };
  exportedAt: string;
  timeZone: string;
};

/** Every message of the conversation, oldest first, a batch at a time (keyset on createdAt, id). */
async function* messageBatches(conversationId: string): AsyncGenerator<{ json: string; message: MessageJson }[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const from: { createdAt: Date; id: string } | null = after;
    const rows: { id: string; createdAt: Date; json: string }[] = await query(Prisma.sql`
      SELECT m.id, m."createdAt", ${messageJson} AS json
      FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId"
      WHERE m."conversationId" = ${conversationId}
        ${from ? Prisma.sql`AND (m."createdAt", m.id) > (${from.createdAt}, ${from.id})` : Prisma.empty}
      ORDER BY m."createdAt", m.id LIMIT ${BATCH}`);
    if (rows.length > 0) yield rows.map((row) => ({ json: row.json, message: JSON.parse(row.json) as MessageJson }));
    if (rows.length < BATCH) return;
    const last = rows.at(-1) as { createdAt: Date; id: string };
    after = { createdAt: last.createdAt, id: last.id };
  }
}

type Trail = ReturnType<typeof trailBatches>;

async function* jsonChunks(context: Context, batches: ReturnType<typeof messageBatches>, trail: Trail) {
  const head = {
    exportedAt: context.exportedAt,
    exportedBy: context.exporter,
    timeZone: context.timeZone,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"conversation":${context.conversationText},"contact":${JSON.stringify(context.contact)},"messages":[`;
  let first = true;
  for await (const batch of batches) {
    yield `${first ? "" : ","}${batch.map((row) => row.json).join(",")}`;
    first = false;
  }
  yield '],"activity":[';
  first = true;
  for await (const steps of trail) {
    yield `${first ? "" : ","}${steps.map((step) => JSON.stringify(step)).join(",")}`;
    first = false;
  }
  yield "]}\n";
}

/** When, in the organization's time zone: "2026-12-04 14:03". */
const clock = (timeZone: string) => {
  const format = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
  return (iso: string) => format.format(new Date(iso));
};

/** Who said it, as a reader names them. */
function speaker(message: MessageJson, contactName: string): string {
  if (message.senderType === "CONTACT") return `${contactName} (contact)`;
  if (message.senderType === "AI") return "Assistant (AI)";
  if (message.senderType === "SYSTEM") return "System";
  return message.userId?.fullName ?? "Someone no longer here";
}

/** A system stamp in words: `Automation "After hours": reply, assign`. */
function stampText(message: MessageJson): string {
  const stamp = message.systemStamp;
  const what = [...stamp.actions, ...stamp.fieldsExtracted.map((field) => `extracted ${field}`)].join(", ");
  const who = stamp.automationName ? `Automation "${stamp.automationName}"` : (stamp.type ?? "Automation");
  return what ? `${who}: ${what}` : who;
}

async function* textChunks(context: Context, batches: ReturnType<typeof messageBatches>, trail: Trail) {
  const conversation = JSON.parse(context.conversationText) as {
    _id: string;
    channelType: string;
    channelIdentifier: string;
    isResolved: boolean;
    createdAt: string;
    assignees: { fullName: string }[];
  };
  const at = clock(context.timeZone);
  const lines = [
    `Conversation with ${context.contact.fullName} (${conversation.channelType}, ${conversation.channelIdentifier})`,
    `Started ${at(conversation.createdAt)} · ${conversation.isResolved ? "resolved" : "open"}${
      conversation.assignees.length ? ` · assigned to ${conversation.assignees.map((a) => a.fullName).join(", ")}` : ""
    }`,
    `Exported ${at(context.exportedAt)} by ${context.exporter.fullName}; times in ${context.timeZone}`,
    "",
  ];
  yield `${lines.join("\n")}\n`;
  for await (const batch of batches) {
    yield batch
      .map(({ message }) => {
        const when = at(message.createdAt);
        if (message.senderType === "SYSTEM") return `${when}  — ${stampText(message)}\n`;
        const attachments = message.attachments.length ? ` [${message.attachments.length} attachment(s)]` : "";
        const failed =
          message.status === "failed"
            ? ` [not delivered${message.failureReason ? `: ${message.failureReason}` : ""}]`
            : "";
        const body = message.body.replace(/\r\n?/g, "\n").replace(/\n/g, "\n    ");
        const who = `${speaker(message, context.contact.fullName)}${message.private ? " (private note)" : ""}`;
        return `${when}  ${who}: ${body}${attachments}${failed}\n`;
      })
      .join("");
  }
  let heading = true;
  for await (const steps of trail) {
    if (heading) yield "\nActivity\n";
    heading = false;
    yield steps.map((step) => `${at(step.createdAt)}  ${activityLine(step, undefined, context.timeZone)}\n`).join("");
  }
}

const csvColumns = ["time", "sender", "senderType", "direction", "status", "body", "stamp", "attachments", "id"];

async function* csvChunks(context: Context, batches: ReturnType<typeof messageBatches>, trail: Trail) {
  yield `${csvColumns.join(",")}\r\n`;
  for await (const batch of batches) {
    yield batch
      .map(({ message }) =>
        [
          message.createdAt,
          speaker(message, context.contact.fullName),
          message.senderType,
          message.isIncoming ? "in" : message.private ? "note" : "out",
          message.status,
          message.body,
          message.senderType === "SYSTEM" ? stampText(message) : "",
          String(message.attachments.length),
          message._id,
        ]
          .map(csvCell)
          .join(","),
      )
      .map((line) => `${line}\r\n`)
      .join("");
  }
  // Then the trail: a row per step, "activity" as its direction and the step in words as its body.
  for await (const steps of trail) {
    yield steps
      .map((step) =>
        csvLine([
          step.createdAt,
          step.actor?.fullName ?? step.automation?.name ?? "",
          "",
          "activity",
          "",
          activityLine(step),
          step.kind,
          "0",
          step._id,
        ]),
      )
      .join("");
  }
}
