// The email scenario of `npm run bench` (--only mail): a real IMAP server (Dovecot, as in the
// tests) holding a mailbox of 10,000 messages from 2,000 senders, connected to the running app,
// whose reader imports it. Measured: messages stored per second, from the connection's notice to
// the last row; the app's memory while it imports (RSS of its process tree at each quarter: flat
// means it streams, not holds, the mailbox); then, with the mailbox read, the delay from a mail
// landing in the mailbox (its APPEND answered) to the event for its message on a manager's open
// inbox stream (GET /api/events), one mail at a time, p50 and p99.
import http from "node:http";
import type pg from "pg";
import { sealSecrets } from "@/lib/connections/sealing";
import { keyring } from "@/lib/crypto/secret-box";
import { startDovecot } from "@/tests/support/dovecot";
import { percentile, treeRssMb } from "./process-tree";
import { readFrames } from "./sse";

const MAILBOX = { user: "bench@mail.test", password: "bench-mailbox-password" };

export async function benchMail(options: {
  appUrl: string;
  appPid: number;
  pool: pg.Pool;
  organizationId: string;
  encryptionKey: string;
  managerToken: string;
  log: (line: string) => void;
  messages?: number;
  rounds?: number;
}) {
  const { appUrl, appPid, pool, organizationId, log } = options;
  const messages = options.messages ?? 10_000;
  const rounds = options.rounds ?? 50;
  const dovecot = await startDovecot([MAILBOX]);
  try {
    // The mailbox, filled over one IMAP session (not timed with the import).
    const tag = Date.now().toString(36);
    const client = await dovecot.client(MAILBOX);
    const filling = performance.now();
    for (let i = 0; i < messages; i++) {
      const sender = `sender${i % 2000}-${tag}@client.test`;
      await client.append("INBOX", mail(sender, `Order ${i % 2000}`, `<bench-${tag}-${i}@client.test>`, i));
    }
    await client.logout();
    log(`mail: ${messages} messages put in the mailbox in ${((performance.now() - filling) / 1000).toFixed(1)} s`);

    // The connection, as an admin's form makes it; then every app server is told to look.
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO "ChannelConnection" ("organizationId", provider, "channelType", name, settings, "sealedSecrets", "webhookKey")
       VALUES ($1, 'imap', 'email', 'Bench mailbox', $2, '', $3) RETURNING id`,
      [
        organizationId,
        JSON.stringify({
          address: MAILBOX.user,
          imapHost: dovecot.host,
          imapPort: dovecot.port,
          imapTls: false,
          smtpHost: "127.0.0.1",
          smtpPort: 1,
          smtpTls: false,
          username: MAILBOX.user,
        }),
        `bench-mail-${tag}`,
      ],
    );
    const connectionId = rows[0]?.id as string;
    await pool.query(`UPDATE "ChannelConnection" SET "sealedSecrets" = $2 WHERE id = $1`, [
      connectionId,
      sealSecrets(connectionId, { password: MAILBOX.password }, keyring(options.encryptionKey)),
    ]);
    const stored = async () =>
      Number(
        (await pool.query(`SELECT count(*)::int AS n FROM "Message" WHERE "connectionId" = $1`, [connectionId])).rows[0]
          .n,
      );
    const rssBefore = await treeRssMb(appPid);
    const rss: number[] = [];
    const started = performance.now();
    await pool.query("SELECT pg_notify('connections_changed', '')");
    let count = 0;
    let nextQuarter = messages / 4;
    while (count < messages) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      count = await stored();
      while (count >= nextQuarter && rss.length < 4) {
        rss.push(await treeRssMb(appPid));
        nextQuarter += messages / 4;
      }
      if (performance.now() - started > 15 * 60_000) throw new Error(`mail: only ${count} of ${messages} stored`);
    }
    const importSeconds = (performance.now() - started) / 1000;
    log(`mail: ${messages} imported in ${importSeconds.toFixed(1)} s`);

    // One mail at a time: from its APPEND's answer to its message's event on an open inbox.
    const arrivals: number[] = [];
    let waiting: ((at: number) => void) | null = null;
    const stream = http.get(
      `${appUrl}/api/events`,
      { headers: { authorization: `Bearer ${options.managerToken}` }, agent: false },
      (response) =>
        readFrames(response, ({ kind, data, at }) => {
          const event = data as { isIncoming?: boolean };
          if (kind === "message.created" && event.isIncoming) waiting?.(at);
        }),
    );
    stream.on("error", () => {});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const sender = await dovecot.client(MAILBOX);
    for (let i = 0; i < rounds; i++) {
      const arrived = new Promise<number>((resolve) => {
        waiting = resolve;
      });
      await sender.append("INBOX", mail(`late${i}-${tag}@client.test`, "Hello", `<late-${tag}-${i}@client.test>`, i));
      const landed = performance.now();
      arrivals.push((await arrived) - landed);
    }
    await sender.logout();
    stream.destroy();
    return {
      messages,
      perSecond: messages / importSeconds,
      importSeconds,
      rssMb: { before: rssBefore, quarters: rss },
      latency: { rounds, p50: percentile(arrivals, 0.5), p99: percentile(arrivals, 0.99) },
    };
  } finally {
    dovecot.stop();
  }
}

/** A plain mail of about 1.5 KB, as a customer writes one. */
function mail(from: string, subject: string, messageId: string, n: number) {
  const body = `Hello, this is message ${n}. ${"I would like to know more about my order and when it ships. ".repeat(20)}`;
  return [
    `From: Customer ${n % 2000} <${from}>`,
    `To: ${MAILBOX.user}`,
    `Subject: ${subject}`,
    `Message-ID: ${messageId}`,
    `Date: ${new Date().toUTCString()}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
    "",
  ].join("\r\n");
}
