"use client";
import { useEffect, useRef, useState } from "react";
import { foldQuoted } from "@/lib/channels/email/quotes";
import type { MessageJson } from "@/lib/messages/json";

type Email = NonNullable<MessageJson["email"]>;
type Person = Email["to"][number];

const named = (person: Person) => (person.name ? `${person.name} <${person.email}>` : person.email);

/** Who an email was from and to, above its text: a received one's sender when it is not the
 *  thread's contact (someone copied); a reply's addresses and subject; anyone copied. */
export function EmailHeader({ email, contactAddress }: { email: Email; contactAddress: string }) {
  const parts: string[] = [];
  if (!email.from) parts.push(`To ${email.to.map(named).join(", ")}`);
  else if (email.from.email !== contactAddress) parts.push(`From ${named(email.from)}`);
  if (email.cc.length > 0) parts.push(`Cc ${email.cc.map(named).join(", ")}`);
  if (!email.from && email.subject) parts.push(email.subject);
  if (parts.length === 0) return null;
  const line = parts.join(" · ");
  return (
    <p className="mb-1 max-w-[min(36rem,85%)] truncate text-xs text-slate-600" title={line}>
      {line}
    </p>
  );
}

/**
 * An email's text with the history it quotes and its signature folded under "…", and, when it
 * came with HTML, the formatted mail on request (or at once when it had only HTML) in a sandboxed
 * frame: its document's policy runs no script and loads no other server's image until the agent
 * asks (lib/channels/email/frame.ts).
 */
export function EmailBody({ message, email }: { message: MessageJson; email: Email }) {
  const [unfolded, setUnfolded] = useState(false);
  const [formatted, setFormatted] = useState(email.html === "only");
  const { own, folded } = foldQuoted(message.body);
  return (
    <>
      {formatted ? (
        <EmailFrame messageId={message._id} remoteImages={email.remoteImages === true} />
      ) : (
        <>
          {own}
          {folded && (
            <>
              <button
                type="button"
                aria-expanded={unfolded}
                aria-label={unfolded ? "Hide quoted text" : "Show quoted text"}
                onClick={() => setUnfolded((open) => !open)}
                className="ml-1 rounded bg-slate-200 px-1.5 align-middle text-xs leading-4 text-slate-700 hover:bg-slate-300"
              >
                •••
              </button>
              {unfolded && <span className="mt-1 block text-slate-600">{folded}</span>}
            </>
          )}
        </>
      )}
      {email.html && (
        <button
          type="button"
          onClick={() => setFormatted((on) => !on)}
          className="mt-1 block text-xs text-blue-700 underline hover:text-blue-900"
        >
          {formatted ? "Show as text" : "Show formatted email"}
        </button>
      )}
    </>
  );
}

function EmailFrame({ messageId, remoteImages }: { messageId: string; remoteImages: boolean }) {
  const [images, setImages] = useState(false);
  const [height, setHeight] = useState(160);
  return (
    <div className="-mx-1 w-[min(34rem,75vw)] max-w-full">
      {remoteImages && !images && (
        <p className="mb-1 flex flex-wrap items-center gap-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950 ring-1 ring-amber-200">
          Images from other servers are blocked: they can tell the sender you opened this.
          <button type="button" onClick={() => setImages(true)} className="font-medium underline">
            Load images
          </button>
        </p>
      )}
      <iframe
        // Same origin only so that its height can be read; with no allow-scripts nothing in it runs.
        sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        src={`/api/messages/${messageId}/html${images ? "?images=1" : ""}`}
        title="Formatted email"
        referrerPolicy="no-referrer"
        className="w-full rounded border border-slate-200 bg-white"
        style={{ height }}
        onLoad={(event) => {
          const body = event.currentTarget.contentDocument?.documentElement;
          if (body) setHeight(Math.min(Math.max(body.scrollHeight, 60), 2000));
        }}
      />
    </div>
  );
}

/** What an email reply starts from: the thread's contact, its people copied, its subject. */
export type EmailThread = { to: string; participants: string[]; subject: string };

const addresses = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);

/** An email reply's To, Cc and Subject, as the agent edits them; `value()` is what is sent. */
export function useEmailFields(thread: EmailThread | null) {
  const [to, setTo] = useState(thread?.to ?? "");
  const [cc, setCc] = useState(thread?.participants.join(", ") ?? "");
  const [subject, setSubject] = useState(thread?.subject ?? "");
  // The thread may load after the composer: its values fill the fields until the agent edits one.
  const edited = useRef(false);
  const start = thread ? JSON.stringify(thread) : "";
  useEffect(() => {
    if (edited.current || !start) return;
    const { to, participants, subject } = JSON.parse(start) as EmailThread;
    setTo(to);
    setCc(participants.join(", "));
    setSubject(subject);
  }, [start]);
  const edit = (set: (value: string) => void) => (value: string) => {
    edited.current = true;
    set(value);
  };
  return {
    fields: { to, setTo: edit(setTo), cc, setCc: edit(setCc), subject, setSubject: edit(setSubject) },
    value: () => (thread ? { to: addresses(to), cc: addresses(cc), subject: subject.trim() } : undefined),
    /** Nobody to send to: the reply cannot go. */
    missing: thread !== null && addresses(to).length === 0,
  };
}

export function EmailFields({ fields }: { fields: ReturnType<typeof useEmailFields>["fields"] }) {
  const row = "flex items-center gap-2 border-b border-slate-200 px-1 py-0.5 text-sm";
  const input = "min-w-0 flex-1 bg-transparent py-0.5 text-slate-900 focus:outline-none";
  return (
    <fieldset aria-label="Email" className="mb-1">
      <label className={row}>
        <span className="w-14 text-xs text-slate-600">To</span>
        <input className={input} value={fields.to} onChange={(e) => fields.setTo(e.target.value)} />
      </label>
      <label className={row}>
        <span className="w-14 text-xs text-slate-600">Cc</span>
        <input
          className={input}
          value={fields.cc}
          placeholder="Addresses, separated by commas"
          onChange={(e) => fields.setCc(e.target.value)}
        />
      </label>
      <label className={row}>
        <span className="w-14 text-xs text-slate-600">Subject</span>
        <input className={input} value={fields.subject} onChange={(e) => fields.setSubject(e.target.value)} />
      </label>
    </fieldset>
  );
}
