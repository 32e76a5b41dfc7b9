import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { ChannelProvider, ChannelType } from "@/lib/generated/prisma/enums";
import type { MessageEmail } from "@/lib/messages/schemas";
import type { ProviderFile } from "@/lib/uploads/media-url";

// What a channel provider (Twilio, Messenger, the webchat widget, a mailbox, …) is to the rest of
// the product: one object per provider, each in its own folder (lib/channels/<provider>/), listed
// once in lib/channels/registry.ts. Generic code (connections, the outbox, the one webhook route)
// looks a provider up there and never names one. A channel never reads the database's connection
// row or its sealed secrets itself: the connections domain hands it an open connection.

/** A connection as a channel sees it: its settings, its secrets opened, and its webhooks' URLs. */
export type OpenConnection<Settings = Record<string, unknown>, Secrets = Record<string, string>> = {
  id: string;
  organizationId: string;
  name: string;
  /** Its public id: in its webhooks' URLs, and a widget's snippet. */
  publicId: string;
  settings: Settings;
  secrets: Secrets;
  /** The public URL of each of its webhooks (by hook name), when the app's public URL is known. */
  webhookUrls: Record<string, string> | null;
};

/** A check of a connection's credentials. `refused`: the provider said they are wrong (connecting
 *  with them is refused); otherwise a failure may pass later (the provider could not be reached). */
export type CheckResult = { ok: boolean; message: string; refused?: boolean };

/** How a provider answered a send: took it (its id for the message), refused it for good, or may
 *  take it later (the outbox retries with backoff). */
export type SendOutcome =
  | { kind: "accepted"; providerMessageId: string }
  | { kind: "refused"; reason: string }
  | { kind: "unavailable"; reason: string };

/** A file sent with a reply (lib/uploads/media-url.ts). What each channel carries (types, sizes,
 *  how many) is in lib/uploads/limits.ts. */
export type OutgoingAttachment = ProviderFile;

/** A reply on its way out, as the outbox hands it to a channel. */
export type Outgoing = {
  id: string;
  conversationId: string;
  /** The contact's address on the channel: a phone number, a Messenger id, a visitor, a mailbox. */
  to: string;
  /** May be empty when it carries attachments. */
  body: string;
  attachments: OutgoingAttachment[];
  /** When the contact last wrote (Messenger answers only within 24 hours of it). */
  lastIncomingAt: Date | null;
  /** An email reply's own addresses and subject, when the agent chose them (else the thread's). */
  email?: MessageEmail | null;
};

/**
 * Sends one message, and finds it again: an attempt cut short by a crash (after the provider may
 * have taken it) asks `find` before sending again, so nothing is sent twice. A message the provider
 * takes in parts (Messenger: one call per attachment) may have had some parts taken: `send` after
 * `find` sends only the parts `find` did not find.
 */
export type Sender = {
  send(): Promise<SendOutcome>;
  /** The provider's id of this message if it already took it at or after `since`; throws when
   *  the provider cannot say (the outbox then retries). */
  find(since: Date): Promise<string | null>;
};

/** One webhook of a connection, at /api/webhooks/<provider>/<key>[/<path>]: a handler per method.
 *  Each verifies the request (its signature) before reading anything from it. */
export type Webhook<Settings, Secrets> = {
  /** The URL's last segment after the key; "" for the key's own URL. */
  path: string;
  handlers: Partial<
    Record<"GET" | "POST", (request: NextRequest, connection: OpenConnection<Settings, Secrets>) => Promise<Response>>
  >;
};

export type Channel<
  Input extends z.ZodObject = z.ZodObject,
  Change extends z.ZodObject = z.ZodObject,
  Settings = Record<string, unknown>,
  Secrets = Record<string, string>,
> = {
  provider: ChannelProvider;
  /** The conversations it carries (sms, facebook, webchat, email). */
  channelType: ChannelType;
  /** As people read it: "Twilio SMS". */
  label: string;
  /** What connecting takes, besides the name every connection has. Unknown fields are refused. */
  connectInput: Input;
  /** What an admin may change later (a rotated secret, a new sender), all optional. */
  changeInput: Change;
  /** A connect input split into what may be shown (settings) and what is sealed (secrets). */
  split(input: z.output<Input>): { settings: Settings; secrets: Secrets };
  /** The settings and secrets after a change (the fields it leaves out stay as they were). */
  change(
    current: { settings: Settings; secrets: Secrets },
    change: z.output<Change>,
  ): { settings: Settings; secrets: Secrets };
  /** The names of its secrets, shown as "set", never their values. */
  secretNames: readonly string[];
  /** Its webhooks by name, as the connection's JSON lists their URLs. */
  webhooks: Record<string, Webhook<Settings, Secrets>>;
  /** Endpoints the public calls (a webchat widget's visitors), at /api/widget/<public id>/<path>:
   *  the channel routes, authenticates and limits them itself. A disabled connection has none (404). */
  publicApi?: (
    request: NextRequest,
    connection: OpenConnection<Settings, Secrets>,
    path: string[],
  ) => Promise<Response>;
  /** Its page for the public (a webchat widget's chat panel), at /widget/<public id>. */
  publicPage?: (connection: OpenConnection<Settings, Secrets>) => Promise<Response>;
  /** Secrets it makes itself (none typed in by an admin): shown once, in the answer that made them. */
  generatedSecrets?: readonly (keyof Secrets & string)[];
  /** What the connection's JSON adds for its admins (a widget's embed snippet), under `embed`. */
  embed?: (publicId: string, settings: Settings, publicUrl: string) => Record<string, unknown>;
  /** What it reads for each enabled connection, kept running in the background (a mailbox's reader):
   *  one app server at a time per connection (lib/connections/readers.ts holds a lock for it), until
   *  `signal` aborts (the connection was disabled or removed, the server stops). Returning or
   *  throwing ends this turn; it is started again at the next check. `report` records how it went
   *  as the connection's last check (what its card shows): a failure makes the next turns wait
   *  longer, doubling up to 30 minutes. */
  read?: (
    connection: OpenConnection<Settings, Secrets>,
    signal: AbortSignal,
    report: (result: CheckResult) => Promise<void>,
  ) => Promise<void>;
  /** Its provider fetches a reply's files from us (Twilio, Meta): they are given signed links, which
   *  need the app's public URL. Otherwise (the widget) the contact reads them through us. */
  fetchesAttachments?: boolean;
  /** Tries the credentials against the provider, saying plainly what failed. */
  check(connection: OpenConnection<Settings, Secrets>): Promise<CheckResult>;
  /** How to send `message` through `connection`, or why it cannot be sent at all (a refusal that
   *  needs no provider call, as outside Messenger's 24-hour window). */
  sender(message: Outgoing, connection: OpenConnection<Settings, Secrets>): Sender | string;
};

/** Declares a channel, with its types checked against what it says it takes. */
export const defineChannel = <Input extends z.ZodObject, Change extends z.ZodObject, Settings, Secrets>(
  channel: Channel<Input, Change, Settings, Secrets>,
) => channel;
