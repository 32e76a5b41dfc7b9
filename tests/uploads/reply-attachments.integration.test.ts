import { readdir } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as attachmentRoute from "@/app/api/attachments/[id]/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as removeRoute from "@/app/api/conversation/[id]/uploads/[uploadId]/route";
import * as uploadRoute from "@/app/api/conversation/[id]/uploads/route";
import * as mediaRoute from "@/app/api/media/[id]/route";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { type FakeGraph, startFakeGraph } from "../support/fake-graph";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";
import { PDF, WEBP } from "../support/files";
import { PNG, workOutbound } from "../webchat/support";

// An agent's files in a reply: uploaded into the conversation (type from the bytes, the channel's
// limits), readable only by their uploader until sent, then by whoever reads the conversation;
// sent to Twilio as MMS media and to Messenger as attachments, each provider fetching the file by
// its signed link (the fakes fetch it as the providers do, through the app's own route).

const ACCOUNT_SID = `AC${"c3".repeat(16)}`;
const AUTH_TOKEN = "attachments-auth-token-0123456789";
const PAGE_ID = "5647382910";
const PAGE_TOKEN = "attachments-page-token-0123456789";
const PUBLIC_URL = "http://inbox.test";

/** A provider fetching a signed link: the app's media route, called as Next.js would (GET). */
const fetchMedia = async (url: string) => {
  const request = new NextRequest(url);
  const id = request.nextUrl.pathname.split("/").at(-1) ?? "";
  return mediaRoute.GET(request, { params: Promise.resolve({ id }) });
};

let twilio: FakeTwilio;
let graph: FakeGraph;
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN }, { fetchMedia });
  graph = await startFakeGraph({ pageId: PAGE_ID, accessToken: PAGE_TOKEN }, { fetchMedia });
  process.env.TWILIO_API_BASE = twilio.url;
  process.env.GRAPH_API_BASE = graph.url;
  process.env.NEXTAUTH_URL = PUBLIC_URL;
});
afterAll(async () => {
  await twilio.stop();
  await graph.stop();
});

const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(200)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;

beforeEach(async () => {
  world = await createOrganization();
  conversationId = (await conversationOf(world, { ownerId: world.agent.id })).id;
});

const upload = (token: string, id: string, bytes: Uint8Array<ArrayBuffer>, name = "photo.png") =>
  callRoute(uploadRoute.POST, "POST", `/api/conversation/${id}/uploads`, {
    token,
    params: { id },
    query: { name },
    rawBody: bytes,
    headers: { "content-type": "application/octet-stream" },
  });

const reply = (token: string, id: string, body: Record<string, unknown>) =>
  callRoute(replyRoute.POST, "POST", "/", { token, params: { id }, body });

const read = (token: string, id: string) => callRoute(attachmentRoute.GET, "GET", "/", { token, params: { id } });

const storedFiles = async (organizationId: string) =>
  readdir(path.join(process.env.UPLOADS_DIR ?? "", organizationId)).catch(() => []);

describe("uploading a file for a reply", () => {
  it("keeps a PNG for its uploader alone until it is sent, then for whoever reads the conversation", async () => {
    const uploaded = await upload(world.agent.token, conversationId, PNG, "../../etc/pass\u0007wd.png");
    expect(uploaded.status).toBe(201);
    const file = uploaded.body.data;
    expect(file).toMatchObject({ name: "passwd.png", contentType: "image/png" });
    expect(file.size).toBe(PNG.byteLength);

    expect((await read(world.agent.token, file.id)).status).toBe(200);
    expect((await read(world.admin.token, file.id)).status).toBe(404);

    const sent = await reply(world.agent.token, conversationId, { body: "", attachments: [file.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.data.attachments).toEqual([
      {
        url: `${PUBLIC_URL}/api/attachments/${file.id}`,
        name: file.name,
        contentType: "image/png",
        size: file.size,
        upload: file.id,
      },
    ]);
    const forAdmin = await read(world.admin.token, file.id);
    expect(forAdmin.status).toBe(200);
    expect(forAdmin.headers.get("x-content-type-options")).toBe("nosniff");
    expect(forAdmin.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(forAdmin.headers.get("content-disposition")).toMatch(/^inline; filename="/);
    for (const stranger of [world.otherAgent.token, (await createOrganization()).admin.token]) {
      expect((await read(stranger, file.id)).status).toBe(404);
    }
    // Sent once: naming it again is refused.
    const again = await reply(world.agent.token, conversationId, { body: "again", attachments: [file.id] });
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([
      { path: "attachments.0", message: "is not an unsent file of yours in this conversation" },
    ]);
  });

  it("refuses what the bytes are not, whatever the name says, and what the channel cannot carry", async () => {
    const cases: [Buffer, string, number, string][] = [
      [EXE, "invoice.pdf", 415, "SMS takes only JPEG, PNG, GIF, PDF, MP3, MP4 files"],
      [SVG, "logo.png", 415, "SMS takes only JPEG, PNG, GIF, PDF, MP3, MP4 files"],
      [Buffer.from("just some text"), "notes.txt", 415, "SMS takes only JPEG, PNG, GIF, PDF, MP3, MP4 files"],
      [WEBP, "sticker.webp", 415, "SMS takes only JPEG, PNG, GIF, PDF, MP3, MP4 files"],
      [Buffer.alloc(0), "empty.png", 400, "The file is empty"],
      [Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), "big.png", 413, "SMS takes files up to 5 MB"],
    ];
    for (const [bytes, name, status, message] of cases) {
      const res = await upload(world.agent.token, conversationId, new Uint8Array(bytes), name);
      expect([name, res.status, res.body.message]).toEqual([name, status, message]);
    }
    // Past the largest any endpoint reads: refused from its declared length, unread.
    const huge = await upload(world.agent.token, conversationId, new Uint8Array(10 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(huge.headers.get("connection")).toBe("close");
    // A PDF is an SMS attachment (MMS); a WebP is a webchat one.
    expect((await upload(world.agent.token, conversationId, PDF, "menu.pdf")).status).toBe(201);
    const chat = await conversationOf(world, { ownerId: world.agent.id, channelType: "webchat" });
    expect((await upload(world.agent.token, chat.id, WEBP, "sticker.webp")).status).toBe(201);
    expect(await db.upload.count({ where: { organizationId: world.organization.id } })).toBe(2);
    expect(await storedFiles(world.organization.id)).toHaveLength(2);
  });

  it("is for conversations the caller may reply in", async () => {
    const other = await createOrganization();
    expect((await upload(other.admin.token, conversationId, PNG)).status).toBe(404);
    expect((await upload(world.otherAgent.token, conversationId, PNG)).status).toBe(404);
    expect((await upload("not-a-token", conversationId, PNG)).status).toBe(401);
    expect(await db.upload.count({ where: { organizationId: world.organization.id } })).toBe(0);
  });

  it("takes 4 at a time from one person: 100 sent together leave whole files and clear 429s", async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, () => upload(world.agent.token, conversationId, PNG)),
    );
    const stored = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 429);
    expect(stored.length + refused.length).toBe(100);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    expect(stored.length).toBeLessThanOrEqual(60);
    expect(refused[0]?.body.message).toMatch(/^Too many (uploads in flight|files uploaded)/);
    expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.upload.count({ where: { organizationId: world.organization.id } })).toBe(stored.length);
    expect(await storedFiles(world.organization.id)).toHaveLength(stored.length);
  });

  it("takes back an unsent file, bytes and all; a sent one stays", async () => {
    const file = (await upload(world.agent.token, conversationId, PNG)).body.data;
    const remove = (token: string, uploadId: string) =>
      callRoute(removeRoute.DELETE, "DELETE", "/", { token, params: { id: conversationId, uploadId } });
    expect((await remove(world.admin.token, file.id)).status).toBe(404);
    expect((await remove(world.agent.token, file.id)).status).toBe(200);
    expect(await storedFiles(world.organization.id)).toHaveLength(0);
    const kept = (await upload(world.agent.token, conversationId, PNG)).body.data;
    await reply(world.agent.token, conversationId, { body: "here", attachments: [kept.id] });
    expect((await remove(world.agent.token, kept.id)).status).toBe(404);
    expect((await read(world.admin.token, kept.id)).status).toBe(200);
  });

  it("forgets a person's files left unsent for a day when they next upload one", async () => {
    const old = (await upload(world.agent.token, conversationId, PNG, "old.png")).body.data;
    await db.upload.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    const fresh = (await upload(world.agent.token, conversationId, PNG, "new.png")).body.data;
    expect((await db.upload.findMany({ where: { organizationId: world.organization.id } })).map((u) => u.id)).toEqual([
      fresh.id,
    ]);
    expect(await storedFiles(world.organization.id)).toEqual([fresh.id]);
  });
});

describe("sending files through a provider", () => {
  it("sends MMS to Twilio by signed links it fetches; a link altered or expired opens nothing", async () => {
    const connected = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: {
        provider: "twilio",
        name: "Line",
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        fromNumber: "+15550008888",
      },
    });
    expect(connected.status).toBe(201);
    const image = (await upload(world.agent.token, conversationId, PNG, "map.png")).body.data;
    const menu = (await upload(world.agent.token, conversationId, PDF, "menu.pdf")).body.data;
    const sent = await reply(world.agent.token, conversationId, {
      body: "Here is the map and the menu",
      attachments: [image.id, menu.id],
    });
    expect(sent.body.data.status).toBe("queued");
    await workOutbound(sent.body.data._id);
    const message = twilio.messages.find((m) => m.body === "Here is the map and the menu");
    expect(message?.media.map((m) => [m.contentType, m.size, m.disposition])).toEqual([
      ["image/png", PNG.byteLength, "inline; filename=\"map.png\"; filename*=UTF-8''map.png"],
      ["application/pdf", PDF.byteLength, "attachment; filename=\"menu.pdf\"; filename*=UTF-8''menu.pdf"],
    ]);
    expect(await db.message.findUniqueOrThrow({ where: { id: sent.body.data._id } })).toMatchObject({ status: "sent" });

    const link = new URL(message?.media[0]?.url ?? "");
    expect(link.origin).toBe(PUBLIC_URL);
    expect((await fetchMedia(link.href)).status).toBe(200);
    const altered = new URL(link);
    altered.searchParams.set("expires", String(Number(link.searchParams.get("expires")) + 60));
    const expired = new URL(link);
    expired.searchParams.set("expires", "1000");
    const otherFile = new URL(link.href.replace(image.id, menu.id));
    for (const bad of [altered, expired, otherFile, new URL(`${link.origin}${link.pathname}`)]) {
      expect((await fetchMedia(bad.href)).status).toBe(404);
    }
  });

  it("sends Messenger the text, then each file as an attachment; after a crash, only the parts Meta lacks", async () => {
    const connected = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: {
        provider: "messenger",
        name: "Page",
        pageId: PAGE_ID,
        pageAccessToken: PAGE_TOKEN,
        appSecret: "app-secret-0123",
      },
    });
    expect(connected.status).toBe(201);
    const psid = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const conversation = await conversationOf(world, {
      ownerId: world.agent.id,
      channelType: "facebook",
      messages: [{ isIncoming: true, body: "Do you have a menu?" }],
    });
    await db.conversation.update({ where: { id: conversation.id }, data: { channelIdentifier: psid } });
    const files = [
      (await upload(world.agent.token, conversation.id, PDF, "menu.pdf")).body.data,
      (await upload(world.agent.token, conversation.id, PNG, "dish.png")).body.data,
    ];
    const sent = await reply(world.agent.token, conversation.id, {
      body: "Our menu",
      attachments: files.map((f) => f.id),
    });
    // A worker died after Meta took the text and the PDF: the next attempt finds them and sends the rest.
    const messageId = sent.body.data._id;
    await db.message.update({ where: { id: messageId }, data: { sendingSince: new Date(Date.now() - 2000) } });
    const now = `${new Date().toISOString().slice(0, 19)}+0000`;
    graph.sent.push(
      { id: "m_text", psid, text: "Our menu", created_time: now },
      {
        id: "m_pdf",
        psid,
        text: "",
        attachment: { type: "file", mimeType: "application/pdf", size: 1 },
        created_time: now,
      },
    );
    await workOutbound(messageId);
    const toPerson = graph.sent.filter((m) => m.psid === psid);
    expect(toPerson.map((m) => m.text || `${m.attachment?.type}:${m.attachment?.mimeType}`)).toEqual([
      "Our menu",
      "file:application/pdf",
      "image:image/png",
    ]);
    expect(toPerson[2]?.attachment?.size).toBe(PNG.byteLength);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: "sent",
      providerMessageId: toPerson[2]?.id,
    });
  });

  it("refuses more files than the channel carries in one message", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await upload(world.agent.token, conversationId, PNG)).body.data.id);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 * 2)]);
    ids.push((await upload(world.agent.token, conversationId, big, "a.pdf")).body.data.id);
    ids.push((await upload(world.agent.token, conversationId, big, "b.pdf")).body.data.id);
    ids.push((await upload(world.agent.token, conversationId, big, "c.pdf")).body.data.id);
    const res = await reply(world.agent.token, conversationId, { body: "all of it", attachments: ids });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("SMS carries at most 10 files, 5 MB in all, in one message");
    const tooMany = await reply(world.agent.token, conversationId, { attachments: Array(11).fill(ids[0]) });
    expect(tooMany.status).toBe(400);
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
  });
});
