import "server-only";
import type { MailboxObject } from "imapflow";
import type { CheckResult, OpenConnection } from "@/lib/channels/channel";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { type EmailSecrets, type EmailSettings, imapClient, mailError } from "./mailbox";
import { importMail } from "./receive";

// A mailbox's reader (one per mailbox across app servers: lib/connections/readers.ts): its INBOX
// opened read-only (nothing is marked read for the people who also use the mailbox), every mail
// after the last UID stored imported in order, the place moved on only once the mail is stored,
// then IDLE until the server says more arrived. A changed UID validity starts over from the first
// mail; a mail stored already (its Message-ID on this mailbox) is not stored again.

type Place = { uidValidity: bigint | null; lastUid: bigint };

async function placeOf(connectionId: string): Promise<Place> {
  const [row] = await query<{ uidValidity: string | null; lastUid: string }>(Prisma.sql`
    SELECT "uidValidity"::text AS "uidValidity", "lastUid"::text AS "lastUid" FROM "Mailbox" WHERE "connectionId" = ${connectionId}`);
  return row
    ? { uidValidity: row.uidValidity === null ? null : BigInt(row.uidValidity), lastUid: BigInt(row.lastUid) }
    : { uidValidity: null, lastUid: 0n };
}

const record = (connectionId: string, fields: { uidValidity?: bigint; lastUid?: bigint; error: string | null }) =>
  execute(Prisma.sql`
    INSERT INTO "Mailbox" ("connectionId", "uidValidity", "lastUid", error, "readAt")
    VALUES (${connectionId}, ${fields.uidValidity ?? null}, ${fields.lastUid ?? 0n}, ${fields.error}, now())
    ON CONFLICT ("connectionId") DO UPDATE SET
      "uidValidity" = COALESCE(${fields.uidValidity ?? null}, "Mailbox"."uidValidity"),
      "lastUid" = CASE WHEN ${fields.lastUid ?? null}::bigint IS NULL THEN "Mailbox"."lastUid" ELSE ${fields.lastUid ?? null}::bigint END,
      error = ${fields.error}, "readAt" = now()`);

export async function readMailbox(
  connection: OpenConnection<EmailSettings, EmailSecrets>,
  signal: AbortSignal,
  report: (result: CheckResult) => Promise<void>,
): Promise<void> {
  const mailbox = { id: connection.id, organizationId: connection.organizationId, settings: connection.settings };
  const client = imapClient({ ...connection.settings, ...connection.secrets }, { watch: true });
  const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
  client.on("error", () => {}); // a dropped connection ends this turn (closed), and is read again
  // Stopped (the connection changed, the server stops) even while signing in, without waiting for
  // the sign-in to settle (a closed client's may never): the turn on the old password ends now.
  let cut = () => {};
  const stopped = new Promise<void>((resolve) => {
    cut = resolve;
    signal.addEventListener("abort", cut, { once: true });
  });
  const opened = client.connect().then(() => client.mailboxOpen("INBOX", { readOnly: true }));
  opened.catch(() => {}); // settled or not, after an abort nobody waits for it
  try {
    if (signal.aborted || (await Promise.race([opened.then(() => "open" as const), stopped])) !== "open") {
      client.close();
      return;
    }
  } catch (error) {
    client.close();
    if (signal.aborted) return;
    const message = mailError(error, "IMAP");
    await record(connection.id, { error: message });
    await report({ ok: false, message: `Cannot read the mailbox: ${message}` });
    return;
  } finally {
    signal.removeEventListener("abort", cut);
  }
  await report({ ok: true, message: `Reading ${connection.settings.address}` });
  const stop = () => void client.logout().catch(() => client.close());
  if (signal.aborted) stop();
  signal.addEventListener("abort", stop, { once: true });

  let syncing: Promise<void> = Promise.resolve();
  const sync = () => {
    syncing = syncing.then(async () => {
      try {
        await importNew(client, mailbox);
      } catch (error) {
        await record(connection.id, { error: mailError(error, "IMAP") }).catch(() => {});
        client.close();
      }
    });
  };
  client.on("exists", sync);
  sync();
  await closed;
  await syncing;
  signal.removeEventListener("abort", stop);
}

/** Every mail after the last one stored, oldest first; each stored before the place moves past it. */
async function importNew(client: ReturnType<typeof imapClient>, mailbox: Parameters<typeof importMail>[0]) {
  const box = client.mailbox as MailboxObject;
  const uidValidity = BigInt(box.uidValidity);
  const place = await placeOf(mailbox.id);
  const after = place.uidValidity === uidValidity ? place.lastUid : 0n;
  if (place.uidValidity !== uidValidity) await record(mailbox.id, { uidValidity, lastUid: 0n, error: null });
  // (The mailbox's uidNext is as it was when opened: new mail is told by EXISTS, so it is fetched.)
  if (box.exists === 0) return;
  // The place moves after every 50 mails stored and at the end: a crash reads at most 50 again,
  // each found stored by its Message-ID and skipped.
  let last = after;
  let unrecorded = 0;
  for await (const mail of client.fetch(`${after + 1n}:*`, { uid: true, source: true }, { uid: true })) {
    const uid = BigInt(mail.uid);
    if (uid <= after || !mail.source) continue; // `n:*` answers the last mail even when it is older
    await importMail(mailbox, mail.source, `uid:${uidValidity}:${uid}`);
    last = uid;
    if (++unrecorded === 50) {
      await record(mailbox.id, { uidValidity, lastUid: last, error: null });
      unrecorded = 0;
    }
  }
  if (unrecorded > 0) await record(mailbox.id, { uidValidity, lastUid: last, error: null });
}
