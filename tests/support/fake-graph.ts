import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A fake of the parts of Meta's Graph API a Messenger Page uses, as Meta documents them: the Page
// access token as `access_token`; GET /{page-id}?fields=name; POST /{page-id}/messages (Send API:
// `{ recipient: { id }, messaging_type, message: { text } | { attachment: { type, payload: { url } } } }`
// → `{ recipient_id, message_id }`; an attachment's URL fetched at once, as Meta does);
// GET /{page-id}/conversations?platform=messenger&user_id=… with the messages sent; GET /{psid}
// for a profile; errors as `{ error: { message, type, code, error_subcode } }`. It counts what it sent.

export type FakeGraphMessage = {
  id: string;
  psid: string;
  text: string;
  /** An attachment's type and what its URL answered. */
  attachment?: { type: string; mimeType: string; size: number };
  created_time: string;
};

/** `fetchMedia` is how it fetches an attachment's URL (tests without a listening app hand it the route). */
export async function startFakeGraph(
  page: { pageId: string; accessToken: string; pageName?: string },
  options: { fetchMedia?: (url: string) => Promise<Response> } = {},
) {
  const fetchMedia = options.fetchMedia ?? ((url: string) => fetch(url, { signal: AbortSignal.timeout(10_000) }));
  const sent: FakeGraphMessage[] = [];
  // Every path asked for, to show what the app requested (and what it never did).
  const requested: string[] = [];
  const profiles = new Map<string, { first_name: string; last_name: string }>();
  const outsideWindow = new Set<string>();
  let hold: (() => void) | null = null;

  const error = (response: ServerResponse, status: number, code: number, message: string, subcode?: number) => {
    response.statusCode = status;
    response.end(
      JSON.stringify({ error: { message, type: "OAuthException", code, error_subcode: subcode, fbtrace_id: "Afake" } }),
    );
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader("content-type", "application/json");
    const url = new URL(request.url ?? "/", "http://fake-graph");
    requested.push(url.pathname);
    if (url.searchParams.get("access_token") !== page.accessToken) {
      return error(response, 400, 190, "Invalid OAuth access token.");
    }
    const [first, second] = url.pathname
      .replace(/^\/v[\d.]+/, "")
      .split("/")
      .filter(Boolean);
    if (request.method === "GET" && first === page.pageId && !second) {
      return response.end(JSON.stringify({ id: page.pageId, name: page.pageName ?? "Fake Page" }));
    }
    if (request.method === "GET" && first === page.pageId && second === "conversations") {
      const psid = url.searchParams.get("user_id");
      const messages = sent
        .filter((m) => m.psid === psid)
        .reverse()
        .map((m) => ({
          id: m.id,
          ...(m.attachment ? { attachments: { data: [{ mime_type: m.attachment.mimeType }] } } : { message: m.text }),
          created_time: m.created_time,
          from: { id: page.pageId },
        }));
      return response.end(
        JSON.stringify({ data: messages.length ? [{ id: `t_${psid}`, messages: { data: messages } }] : [] }),
      );
    }
    if (request.method === "GET" && first && !second) {
      const profile = profiles.get(first);
      if (!profile) return error(response, 400, 100, "Unsupported get request.");
      return response.end(JSON.stringify({ ...profile, id: first }));
    }
    if (request.method === "POST" && first === page.pageId && second === "messages") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        recipient?: { id?: string };
        message?: { text?: string; attachment?: { type?: string; payload?: { url?: string } } };
      };
      const psid = body.recipient?.id;
      const { text, attachment } = body.message ?? {};
      if (!psid || (!text && !attachment?.payload?.url) || (text && attachment))
        return error(response, 400, 100, "(#100) Param recipient and message (a text or an attachment) are required");
      if (outsideWindow.has(psid)) {
        return error(response, 400, 10, "(#10) This message is sent outside of allowed window.", 2018278);
      }
      let fetched: FakeGraphMessage["attachment"];
      if (attachment?.payload?.url) {
        const media = await fetchMedia(attachment.payload.url).catch(() => null);
        if (!media?.ok) return error(response, 400, 100, "(#100) Failed to fetch the file from the url", 2018008);
        const mimeType = media.headers.get("content-type") ?? "";
        fetched = { type: attachment.type ?? "", mimeType, size: (await media.arrayBuffer()).byteLength };
      }
      const message = {
        id: `m_${randomBytes(12).toString("hex")}`,
        psid,
        text: text ?? "",
        attachment: fetched,
        // Graph's format, whole seconds.
        created_time: `${new Date().toISOString().slice(0, 19)}+0000`,
      };
      sent.push(message);
      if (hold) {
        hold();
        hold = null;
        return; // taken, never answered
      }
      return response.end(JSON.stringify({ recipient_id: psid, message_id: message.id }));
    }
    return error(response, 400, 100, "Unsupported request");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`,
    sent,
    requested,
    profile(psid: string, firstName: string, lastName: string) {
      profiles.set(psid, { first_name: firstName, last_name: lastName });
    },
    /** Meta refuses sends to `psid` as outside the 24-hour window. */
    closeWindow(psid: string) {
      outsideWindow.add(psid);
    },
    holdNextSend(): Promise<void> {
      return new Promise((resolve) => {
        hold = resolve;
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeGraph = Awaited<ReturnType<typeof startFakeGraph>>;
