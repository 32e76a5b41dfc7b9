import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A fake of the parts of Twilio's REST API we use, as Twilio documents them: HTTP Basic auth with
// the Account SID and Auth Token; GET /2010-04-01/Accounts/{Sid}.json; POST …/Messages.json
// (form-encoded To, From or MessagingServiceSid, Body and/or MediaUrl, StatusCallback; 201 with
// the message; each MediaUrl fetched at once, as Twilio does, and refused with error 11200 unless it
// answers 200 with an accepted Content-Type);
// GET …/Messages.json filtered by To, From and DateSent> (newest first); errors as
// `{ code, message, more_info, status }`. Started by the tests on a free port; it counts what it sent.

export type FakeTwilioMedia = { url: string; contentType: string; size: number; disposition: string | null };
export type FakeTwilioMessage = {
  sid: string;
  to: string;
  from: string | null;
  body: string;
  num_media: string;
  media: FakeTwilioMedia[];
  date_created: string;
};

// What Twilio takes over MMS (its accepted content types; JPEG, PNG and GIF are resized for phones).
const ACCEPTED_MEDIA = ["image/jpeg", "image/png", "image/gif", "application/pdf", "audio/mpeg", "video/mp4"];

/** `fetchMedia` is how it fetches a MediaUrl (tests without a listening app hand it the route). */
export async function startFakeTwilio(
  account: { accountSid: string; authToken: string },
  options: { fetchMedia?: (url: string) => Promise<Response> } = {},
) {
  const fetchMedia = options.fetchMedia ?? ((url: string) => fetch(url, { signal: AbortSignal.timeout(10_000) }));
  const messages: FakeTwilioMessage[] = [];
  let outage = 0;
  let hold: (() => void) | null = null;
  const refusals = new Map<string, { code: number; message: string }>();

  const error = (response: ServerResponse, status: number, code: number, message: string) => {
    response.statusCode = status;
    response.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader("content-type", "application/json");
    const url = new URL(request.url ?? "/", "http://fake-twilio");
    const expected = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString("base64")}`;
    if (request.headers.authorization !== expected) return error(response, 401, 20003, "Authenticate");
    const base = `/2010-04-01/Accounts/${account.accountSid}`;
    if (request.method === "GET" && url.pathname === `${base}.json`) {
      return response.end(JSON.stringify({ sid: account.accountSid, status: "active", friendly_name: "Fake" }));
    }
    if (url.pathname !== `${base}/Messages.json`)
      return error(response, 404, 20404, "The requested resource was not found");
    if (request.method === "GET") {
      const to = url.searchParams.get("To");
      const from = url.searchParams.get("From");
      const since = url.searchParams.get("DateSent>");
      const found = messages
        .filter((m) => (!to || m.to === to) && (!from || m.from === from))
        .filter((m) => !since || new Date(m.date_created) >= new Date(`${since}T00:00:00Z`))
        .reverse();
      return response.end(JSON.stringify({ messages: found, page: 0, page_size: 50 }));
    }
    if (request.method !== "POST") return error(response, 405, 20004, "Method not allowed");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    if (outage > 0) {
      outage--;
      return error(response, 503, 20503, "Service unavailable");
    }
    const to = form.get("To") ?? "";
    const refusal = refusals.get(to);
    if (refusal) return error(response, 400, refusal.code, refusal.message);
    const mediaUrls = form.getAll("MediaUrl");
    if (!to || !(form.get("Body") || mediaUrls.length) || !(form.get("From") || form.get("MessagingServiceSid"))) {
      return error(
        response,
        400,
        21604,
        "A 'To' phone number, a 'From' or 'MessagingServiceSid', and a 'Body' or 'MediaUrl' are required",
      );
    }
    if (mediaUrls.length > 10) return error(response, 400, 21623, "Too many media: at most 10");
    const media: FakeTwilioMedia[] = [];
    for (const url of mediaUrls) {
      const fetched = await fetchMedia(url).catch(() => null);
      const contentType = fetched?.headers.get("content-type") ?? "";
      if (!fetched?.ok || !ACCEPTED_MEDIA.includes(contentType)) {
        return error(response, 400, 11200, `HTTP retrieval failure: ${url} answered ${fetched?.status ?? "nothing"}`);
      }
      const size = (await fetched.arrayBuffer()).byteLength;
      media.push({ url, contentType, size, disposition: fetched.headers.get("content-disposition") });
    }
    if (media.reduce((sum, m) => sum + m.size, 0) > 5 * 1024 * 1024) {
      return error(response, 400, 30019, "Content size exceeds carrier limit");
    }
    const message = {
      sid: `SM${randomBytes(16).toString("hex")}`,
      to,
      from: form.get("From"),
      body: form.get("Body") ?? "",
      num_media: String(media.length),
      media,
      // RFC 2822, whole seconds, as Twilio writes dates.
      date_created: new Date().toUTCString().replace("GMT", "+0000"),
    };
    messages.push(message);
    if (hold) {
      // Taken, and the answer never comes: what a sender killed mid-request leaves behind.
      hold();
      hold = null;
      return;
    }
    response.statusCode = 201;
    response.end(JSON.stringify({ ...message, status: "queued", account_sid: account.accountSid }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    messages,
    /** The next `count` sends answer 503, as during an outage. */
    failNext(count: number) {
      outage = count;
    },
    /** The next send is taken (and counted) but never answered; resolves once it has been. */
    holdNextSend(): Promise<void> {
      return new Promise((resolve) => {
        hold = resolve;
      });
    },
    /** Sends to `to` are refused with Twilio's error `code`. */
    refuse(to: string, code: number, message: string) {
      refusals.set(to, { code, message });
    },
    stopRefusing(to: string) {
      refusals.delete(to);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeTwilio = Awaited<ReturnType<typeof startFakeTwilio>>;
