// How an email finds its conversation, by three signals in order, each recorded on the message
// (`threadedBy`) so that an agent can see why it joined:
// 1. `references`: a Message-ID of the conversation's (ours or the contact's) in In-Reply-To or
//    References;
// 2. `token`: the conversation's short reference, `[#1a2b3c4d]`, which we put in every subject we
//    send (and which survives clients that drop References), from the conversation's own contact;
// 3. `subject`: the same contact's open email conversation of the same subject, Re:/Fwd: aside,
//    within 30 days;
// else `new`: a conversation of its own.

export type ThreadedBy = "references" | "token" | "subject" | "new";

/** The conversation's reference in subjects: the last 8 hex digits of its id. */
export const threadToken = (conversationId: string) => conversationId.slice(-8);

const TOKEN = /\[#([0-9a-f]{8})\]/i;

/** The reference a subject (or a body quoting one) carries, if any. */
export const tokenIn = (text: string | undefined | null) => text?.match(TOKEN)?.[1]?.toLowerCase() ?? null;

/** A subject as people mean it: no Re:/Fwd:/Aw:/Sv: prefixes, no reference, spaces folded, case-free. */
export function normalisedSubject(subject: string | null | undefined): string {
  let text = (subject ?? "").replace(/\[#[0-9a-f]{8}\]/gi, " ");
  for (;;) {
    const next = text.replace(/^\s*(re|fwd?|aw|sv|wg|tr|antw)\s*(\[\d+\])?\s*:\s*/i, "");
    if (next === text) break;
    text = next;
  }
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

const stripToken = (subject: string) => subject.replace(/\s*\[#[0-9a-f]{8}\]\s*/gi, " ").trim();

/** A subject with the conversation's reference once, at its end. */
export const withToken = (subject: string, conversationId: string) =>
  `${stripToken(subject) || "(no subject)"} [#${threadToken(conversationId)}]`;

/** Our mail's subject before its reference: the thread's, as "Re: …" once the thread has a
 *  message (the first mail of a new conversation keeps its own). What the composer shows too. */
export function answerSubject(subject: string | null, answers: boolean): string {
  const base = stripToken(subject ?? "");
  if (!answers || /^re\s*:/i.test(base)) return base;
  return base ? `Re: ${base}` : "Re: your message";
}

/** The subject of our mail in a thread, with its reference. */
export const replySubject = (subject: string | null, conversationId: string, answers: boolean) =>
  withToken(answerSubject(subject, answers), conversationId);

/** Message-IDs as a header lists them ("<a@b> <c@d>"), angle brackets kept, at most `max`. */
export function messageIds(header: string | string[] | undefined | null, max = 50): string[] {
  const text = Array.isArray(header) ? header.join(" ") : (header ?? "");
  return [...new Set(text.match(/<[^<>\s]{1,250}>/g) ?? [])].slice(-max);
}
