import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { csvCell } from "@/lib/exports/csv";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

// A manager exports a conversation: every message in order (past one batch), its stamps, its
// contact; as JSON (the API's objects, checked against the OpenAPI document by callRoute), a
// transcript in the organization's time zone, and CSV that a spreadsheet cannot turn into formulas.

const exportOf = (token: string, id: string, format?: string) =>
  callRoute(routes.exportConversation.GET, "GET", "/", {
    token,
    params: { id },
    ...(format ? { query: { format } } : {}),
  });

const stamp = { type: "automation", automationName: "After hours", fieldsExtracted: ["email"], actions: ["reply"] };

async function thread() {
  const world = await createOrganization();
  await db.organization.update({ where: { id: world.organization.id }, data: { timeZone: "America/New_York" } });
  const conversation = await conversationOf(world, {
    ownerId: world.manager.id,
    lastMessageTime: new Date("2026-07-01T16:05:00.000Z"),
    messages: [
      { isIncoming: true, body: "Hello,\nis the flat free?" },
      { senderType: "SYSTEM", body: "", stamp },
      { body: '=HYPERLINK("http://x","click") and "quotes", commas', userId: world.manager.id },
    ],
  });
  return { world, conversation };
}

describe("GET /api/conversation/:id/export", () => {
  it("exports JSON: the conversation, its contact and every message oldest first, as a download", async () => {
    const { world, conversation } = await thread();
    const res = await exportOf(world.manager.token, conversation.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="conversation-${conversation.id}.json"`);
    expect(res.body.conversation._id).toBe(conversation.id);
    expect(res.body.contact._id).toBe(world.contact.id);
    expect(res.body.timeZone).toBe("America/New_York");
    expect(res.body.exportedBy).toEqual({ _id: world.manager.id, fullName: world.manager.fullName });
    expect(res.body.messages.map((m: { senderType: string }) => m.senderType)).toEqual(["CONTACT", "SYSTEM", "USER"]);
    expect(res.body.messages[1].systemStamp).toEqual(stamp);
  });

  it("writes a transcript in the organization's time zone, stamps in words", async () => {
    const { world, conversation } = await thread();
    const res = await exportOf(world.admin.token, conversation.id, "text");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const name = world.contact.fullName;
    // Three messages a second apart, the last at 16:05 UTC: 12:04 in New York (summer time).
    expect(res.text).toContain(`2026-07-01 12:04  ${name} (contact): Hello,\n    is the flat free?\n`);
    expect(res.text).toContain('2026-07-01 12:04  — Automation "After hours": reply, extracted email\n');
    expect(res.text).toContain(`${world.manager.fullName}: =HYPERLINK`);
    expect(res.text).toMatch(/times in America\/New_York/);
  });

  it("writes CSV a spreadsheet reads as text: quotes doubled, formulas defused", async () => {
    const { world, conversation } = await thread();
    const res = await exportOf(world.manager.token, conversation.id, "csv");
    expect(res.status).toBe(200);
    const lines = res.text.split("\r\n");
    expect(lines[0]).toBe("time,sender,senderType,direction,status,body,stamp,attachments,id");
    expect(lines[3]).toContain(`"'=HYPERLINK(""http://x"",""click"") and ""quotes"", commas"`);
    expect(lines[1]).toContain('"Hello,\nis the flat free?"');
    expect(lines).toHaveLength(5); // header, three messages, the final line break
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"]) expect(csvCell(value).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("plain")).toBe("plain");
  });

  it("exports every message of a long thread, in order, batch after batch", async () => {
    const world = await createOrganization();
    const conversation = await conversationOf(world, {
      messages: Array.from({ length: 1203 }, (_, i) => ({ isIncoming: i % 2 === 0, body: `m${i}` })),
    });
    const res = await exportOf(world.manager.token, conversation.id);
    expect(res.body.messages).toHaveLength(1203);
    expect(res.body.messages.map((m: { body: string }) => m.body)).toEqual(
      Array.from({ length: 1203 }, (_, i) => `m${i}`),
    );
  });

  it("refuses an unknown format, and agents", async () => {
    const { world, conversation } = await thread();
    const bad = await exportOf(world.manager.token, conversation.id, "pdf");
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: "format", message: "must be json, text or csv" }]);
    await db.conversationAssignee.create({ data: { conversationId: conversation.id, userId: world.agent.id } });
    const agent = await exportOf(world.agent.token, conversation.id);
    expect(agent.status).toBe(403);
  });
});

describe("an export's notes and trail", () => {
  it("marks private notes and ends with the activity trail, in each format", async () => {
    const { world, conversation } = await thread();
    const put = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
      body: { assignees: [world.agent.id], isResolved: true },
    });
    expect(put.status).toBe(200);
    const note = await callRoute(routes.notes.POST, "POST", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
      body: { body: "Asked them to call back" },
    });
    expect(note.status).toBe(201);

    const json = await exportOf(world.manager.token, conversation.id);
    expect(json.body.messages.at(-1)).toMatchObject({ body: "Asked them to call back", private: true });
    // Assigned and resolved in one change: the two steps in either order, then the note.
    const kinds = json.body.activity.map((step: { kind: string }) => step.kind);
    expect(kinds.slice(0, 2).sort()).toEqual(["assigned", "resolved"]);
    expect(kinds[2]).toBe("note.added");
    expect(json.body.activity.find((step: { kind: string }) => step.kind === "assigned")).toMatchObject({
      actor: { _id: world.manager.id },
      subject: { _id: world.agent.id },
    });

    const text = (await exportOf(world.manager.token, conversation.id, "text")).text;
    expect(text).toContain(`${world.manager.fullName} (private note): Asked them to call back`);
    const trail = text.slice(text.indexOf("\nActivity\n"));
    expect(trail).toContain(`  ${world.manager.fullName} assigned ${world.agent.fullName}\n`);
    expect(trail).toContain(`  ${world.manager.fullName} added a note\n`);

    const csv = (await exportOf(world.manager.token, conversation.id, "csv")).text.trim().split("\r\n");
    expect(csv.some((row) => row.includes(",note,") && row.includes("Asked them to call back"))).toBe(true);
    expect(csv.at(-1)).toMatch(/,activity,,.* added a note,note\.added,0,\d+$/);
  });
});
