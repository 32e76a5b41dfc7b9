import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server on a free loopback port that keeps every mail it takes, raw and parsed, for a
// test to read the headers our replies carry. Any login is taken (the account's own check); no TLS.

export type TakenMail = {
  from: string;
  to: string[];
  /** The Cc header's addresses (the envelope's `to` has them too). */
  cc: string[];
  raw: string;
  messageId: string | undefined;
  subject: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
  text: string | undefined;
  attachments: { filename?: string; contentType: string; size: number }[];
};

export async function startSmtpReceiver() {
  const taken: TakenMail[] = [];
  let refuseWith: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "anyone" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (refuseWith) {
          const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: refuseWith });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        const references = parsed.references;
        const cc = (Array.isArray(parsed.cc) ? parsed.cc : parsed.cc ? [parsed.cc] : []).flatMap((a) => a.value);
        taken.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          cc: cc.map((a) => a.address ?? ""),
          raw,
          messageId: parsed.messageId,
          subject: parsed.subject,
          inReplyTo: parsed.inReplyTo,
          references: Array.isArray(references) ? references : references ? [references] : [],
          text: parsed.text,
          attachments: parsed.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: a.size,
          })),
        });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    taken,
    /** The next mails are refused with this SMTP code (null: taken again). */
    refuse(code: number | null) {
      refuseWith = code;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpReceiver = Awaited<ReturnType<typeof startSmtpReceiver>>;
