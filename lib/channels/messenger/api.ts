import "server-only";
import type { CheckResult, SendOutcome } from "@/lib/channels/channel";
import { unreachable } from "@/lib/channels/unreachable";
import { env } from "@/lib/env";

// Meta's Graph API for a Page, as documented: the Page access token as `access_token`; JSON
// answers; errors as `{ error: { message, type, code, error_subcode } }`. GRAPH_API_BASE (with the
// API version) points tests at a fake.

type GraphError = { error?: { message?: string; code?: number; error_subcode?: number } };

/** A Graph API URL; each path segment is encoded (and never a dot segment), so that an id can never
 *  steer the path. */
const graphUrl = (segments: string[], accessToken: string, query: Record<string, string> = {}) => {
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error("A Graph API path segment must be an id");
  }
  const url = new URL(`${env().GRAPH_API_BASE}/${segments.map(encodeURIComponent).join("/")}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  url.searchParams.set("access_token", accessToken);
  return url;
};

const graphReason = (body: GraphError, status: number) =>
  `${body.error?.message ?? `HTTP ${status}`}${body.error?.code ? ` (Graph error ${body.error.code})` : ""}`;

/** Whether the token opens the Page: its name, or Meta's reason. */
export async function checkMessengerPage(pageId: string, accessToken: string): Promise<CheckResult> {
  let response: Response;
  try {
    response = await fetch(graphUrl([pageId], accessToken, { fields: "name" }), {
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { ok: false, message: unreachable("Meta", error) };
  }
  const body = (await response.json().catch(() => ({}))) as GraphError & { name?: string };
  if (!response.ok) {
    const refused = response.status >= 400 && response.status < 500 && response.status !== 429;
    return { ok: false, refused, message: `Meta refused: ${graphReason(body, response.status)}` };
  }
  return { ok: true, message: `Connected to the Page "${body.name ?? pageId}"` };
}

/** One Send API message: a text, or one attachment (Messenger carries them separately). */
export type MessengerPart = { text: string } | { attachment: { contentType: string; url: string } };

/** Send API attachment types by content type: images, audio and video are shown; the rest is a file. */
const attachmentType = (contentType: string) =>
  contentType.startsWith("image/")
    ? "image"
    : contentType.startsWith("audio/")
      ? "audio"
      : contentType.startsWith("video/")
        ? "video"
        : "file";

/**
 * Sends one part with the Send API (POST /{page-id}/messages, messaging_type RESPONSE: a reply
 * within 24 hours of the person's last message); an attachment by URL, which Meta fetches. A 4xx is
 * Meta refusing this message (outside the window, a person who blocked the Page); 429/5xx or no
 * answer may pass later. Code 2 and 4 (transient, rate limit) are treated as passing too.
 */
export async function sendMessengerMessage(
  page: { pageId: string; accessToken: string },
  psid: string,
  part: MessengerPart,
): Promise<SendOutcome> {
  const message =
    "text" in part
      ? { text: part.text }
      : {
          attachment: {
            type: attachmentType(part.attachment.contentType),
            payload: { url: part.attachment.url, is_reusable: false },
          },
        };
  let response: Response;
  try {
    response = await fetch(graphUrl([page.pageId, "messages"], page.accessToken), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ recipient: { id: psid }, messaging_type: "RESPONSE", message }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { kind: "unavailable", reason: unreachable("Meta", error) };
  }
  const body = (await response.json().catch(() => ({}))) as GraphError & { message_id?: string };
  if (response.ok && body.message_id) return { kind: "accepted", providerMessageId: body.message_id };
  const reason = graphReason(body, response.status);
  const transient = response.status === 429 || response.status >= 500 || [1, 2, 4, 17].includes(body.error?.code ?? 0);
  return transient ? { kind: "unavailable", reason } : { kind: "refused", reason };
}

/** The person's name, when the token may read it (it needs the Page's permission); else null. */
export async function messengerProfileName(psid: string, accessToken: string): Promise<string | null> {
  try {
    const response = await fetch(graphUrl([psid], accessToken, { fields: "first_name,last_name" }), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { first_name?: string; last_name?: string };
    return [body.first_name, body.last_name].filter(Boolean).join(" ") || null;
  } catch {
    return null;
  }
}

type SentMessage = {
  id: string;
  message?: string;
  created_time: string;
  from?: { id: string };
  attachments?: { data?: { mime_type?: string }[] };
};

/**
 * The ids of the leading `parts` the Page already sent to `psid`, in order, at or after `since` (the
 * Conversations API: GET /{page-id}/conversations?platform=messenger&user_id=…, newest messages
 * first): how an attempt cut short by a crash is settled without sending a part twice. A text is
 * known by its words, an attachment by its type. Throws when Meta cannot say.
 */
export async function findMessengerParts(
  page: { pageId: string; accessToken: string },
  query: { psid: string; parts: MessengerPart[]; since: Date },
): Promise<string[]> {
  const url = graphUrl([page.pageId, "conversations"], page.accessToken, {
    platform: "messenger",
    user_id: query.psid,
    fields: "messages.limit(25){id,message,created_time,from,attachments{mime_type}}",
  });
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch((error) => {
    throw new Error(unreachable("Meta", error));
  });
  if (!response.ok) throw new Error(`Meta could not list the conversation (${response.status})`);
  const body = (await response.json()) as { data?: { messages?: { data?: SentMessage[] } }[] };
  const earliest = query.since.getTime() - 1000; // created_time has whole seconds
  const sent = (body.data?.[0]?.messages?.data ?? [])
    .filter((m) => m.from?.id === page.pageId && Date.parse(m.created_time) >= earliest)
    .reverse();
  const found: string[] = [];
  let next = 0;
  for (const part of query.parts) {
    const at = sent.findIndex(
      (m, i) =>
        i >= next &&
        ("text" in part
          ? m.message === part.text
          : !m.message && (m.attachments?.data ?? []).some((a) => a.mime_type === part.attachment.contentType)),
    );
    if (at < 0) break;
    found.push(sent[at]?.id ?? "");
    next = at + 1;
  }
  return found;
}
