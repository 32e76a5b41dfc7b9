import { beforeEach, describe, expect, it } from "vitest";
import * as attachmentRoute from "@/app/api/attachments/[id]/route";
import * as removeFileRoute from "@/app/api/canned-replies/[id]/attachments/[uploadId]/route";
import * as cannedFilesRoute from "@/app/api/canned-replies/[id]/attachments/route";
import * as cannedOneRoute from "@/app/api/canned-replies/[id]/route";
import * as cannedRoute from "@/app/api/canned-replies/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as copyRoute from "@/app/api/conversation/[id]/uploads/canned/route";
import * as uploadRoute from "@/app/api/conversation/[id]/uploads/route";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { PDF, WEBP } from "../support/files";
import { connectWidget, PNG, visit, type Widget, widget, workOutbound, write } from "../webchat/support";

// A canned reply's files (kept on the reply, copied into each reply that uses it, checked against
// that conversation's channel), and an agent's file reaching a webchat visitor, and no one else.

const octets = { "content-type": "application/octet-stream" };

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const createCanned = async (token: string, scope: "organization" | "personal", shortcut = "menu") => {
  const res = await callRoute(cannedRoute.POST, "POST", "/", {
    token,
    body: { shortcut, body: "Here is our menu, {{contact.firstName}}", scope },
  });
  expect(res.status).toBe(200);
  return res.body.data._id as string;
};

const addFile = (token: string, id: string, bytes: Uint8Array<ArrayBuffer>, name: string) =>
  callRoute(cannedFilesRoute.POST, "POST", "/", {
    token,
    params: { id },
    query: { name },
    rawBody: bytes,
    headers: octets,
  });

const copyInto = (token: string, conversationId: string, cannedReplyId: string) =>
  callRoute(copyRoute.POST, "POST", "/", { token, params: { id: conversationId }, body: { cannedReplyId } });

describe("a canned reply's files", () => {
  it("are added by whoever may change the reply, listed with it, and readable by whoever sees it", async () => {
    const id = await createCanned(world.manager.token, "organization");
    expect((await addFile(world.agent.token, id, PDF, "menu.pdf")).status).toBe(403);
    const added = await addFile(world.manager.token, id, PDF, "menu.pdf");
    expect(added.status).toBe(201);
    expect(added.body.data.attachments).toEqual([
      { id: expect.any(String), name: "menu.pdf", contentType: "application/pdf", size: PDF.byteLength },
    ]);
    const listed = await callRoute(cannedRoute.GET, "GET", "/", { token: world.agent.token });
    expect(listed.body.cannedReplies[0].attachments).toEqual(added.body.data.attachments);
    const fileId = added.body.data.attachments[0].id;
    const read = (token: string) => callRoute(attachmentRoute.GET, "GET", "/", { token, params: { id: fileId } });
    expect((await read(world.agent.token)).status).toBe(200);
    expect((await read((await createOrganization()).admin.token)).status).toBe(404);

    const mine = await createCanned(world.agent.token, "personal", "mine");
    const personal = (await addFile(world.agent.token, mine, PNG, "me.png")).body.data.attachments[0].id;
    expect(
      (await callRoute(attachmentRoute.GET, "GET", "/", { token: world.otherAgent.token, params: { id: personal } }))
        .status,
    ).toBe(404);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await addFile(world.manager.token, id, svg, "logo.svg")).status).toBe(415);
    for (let i = 0; i < 4; i++) expect((await addFile(world.manager.token, id, PNG, `${i}.png`)).status).toBe(201);
    const sixth = await addFile(world.manager.token, id, PNG, "6.png");
    expect(sixth.status).toBe(409);
    expect(sixth.body.message).toBe("A canned reply has at most 5 files");

    const removed = await callRoute(removeFileRoute.DELETE, "DELETE", "/", {
      token: world.manager.token,
      params: { id, uploadId: fileId },
    });
    expect(removed.body.data.attachments.map((a: { name: string }) => a.name)).toEqual([
      "0.png",
      "1.png",
      "2.png",
      "3.png",
    ]);
    await callRoute(cannedOneRoute.DELETE, "DELETE", "/", { token: world.manager.token, params: { id } });
    expect(await db.upload.count({ where: { cannedReplyId: id } })).toBe(0);
  });

  it("are copied into a reply as its sender's own files, and sent with it; a channel refuses what it cannot carry", async () => {
    const id = await createCanned(world.manager.token, "organization");
    await addFile(world.manager.token, id, PDF, "menu.pdf");
    const sms = await conversationOf(world, { ownerId: world.agent.id });
    const copied = await copyInto(world.agent.token, sms.id, id);
    expect(copied.status).toBe(201);
    const [copy] = copied.body.uploads;
    expect(copy).toMatchObject({ name: "menu.pdf", contentType: "application/pdf" });
    const sent = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: sms.id },
      body: { body: "Here is our menu", attachments: [copy.id] },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.data.attachments[0]).toMatchObject({ name: "menu.pdf", upload: copy.id });
    // The canned reply still has its own.
    expect(await db.upload.count({ where: { cannedReplyId: id } })).toBe(1);

    await addFile(world.manager.token, id, WEBP, "sticker.webp");
    const refused = await copyInto(world.agent.token, sms.id, id);
    expect(refused.status).toBe(415);
    expect(refused.body.message).toBe(
      "SMS cannot carry sticker.webp: it takes JPEG, PNG, GIF, PDF, MP3, MP4 files up to 5 MB",
    );
    const hidden = await conversationOf(world, { ownerId: world.otherAgent.id });
    expect((await copyInto(world.agent.token, hidden.id, id)).status).toBe(404);
    const strangers = await createCanned(world.otherAgent.token, "personal", "theirs");
    expect((await copyInto(world.agent.token, sms.id, strangers)).status).toBe(404);
  });
});

describe("a file sent to a webchat visitor", () => {
  let chat: Widget;
  beforeEach(async () => {
    chat = await connectWidget(world.admin.token);
  });

  it("opens for that visitor once it is on its way, never for another visitor", async () => {
    const token = await visit(chat.publicId);
    await write(chat.publicId, token, "Do you have a price list?");
    const conversation = await db.conversation.findFirstOrThrow({ where: { organizationId: world.organization.id } });
    const uploaded = await callRoute(uploadRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversation.id },
      query: { name: "prices.pdf" },
      rawBody: PDF,
      headers: octets,
    });
    expect(uploaded.status).toBe(201);
    const fileId = uploaded.body.data.id;
    const open = (visitorToken: string) => widget("GET", chat.publicId, `uploads/${fileId}`, { token: visitorToken });
    expect((await open(token)).status).toBe(404);

    const sent = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversation.id },
      body: { body: "Here it is", attachments: [fileId] },
    });
    expect((await open(token)).status).toBe(404); // queued: not on its way yet
    await workOutbound(sent.body.data._id);
    const opened = await open(token);
    expect(opened.status).toBe(200);
    expect(opened.headers.get("content-disposition")).toMatch(/^attachment; filename="prices.pdf"/);
    expect((await open(await visit(chat.publicId))).status).toBe(404);

    const messages = await widget("GET", chat.publicId, "messages", { token });
    expect(messages.body.messages.at(-1)).toMatchObject({
      body: "Here it is",
      from: "agent",
      attachments: [{ id: fileId, name: "prices.pdf", contentType: "application/pdf", size: PDF.byteLength }],
    });
  });
});
