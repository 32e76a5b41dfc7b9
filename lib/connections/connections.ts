import "server-only";
import { randomBytes } from "node:crypto";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";
import { checkMessengerPage } from "./messenger/api";
import type { ConnectInput, UpdateConnectionInput } from "./schemas";
import { configuredKeyring, openSecretsWith, sealSecrets } from "./sealing";
import { checkTwilioAccount } from "./twilio/api";

// An organization's channel connections, managed by its admins. Secrets are sealed before they are
// stored (lib/crypto/secret-box.ts) and opened only to call the provider or check its signature.

export type TwilioSecrets = { authToken: string };
export type MessengerSecrets = { pageAccessToken: string; appSecret: string };
type Secrets = TwilioSecrets | MessengerSecrets;

let cachedKeys: ReturnType<typeof configuredKeyring> = null;

/** The configured keys, derived once per process (every webhook request opens a connection's secrets). */
function keys() {
  cachedKeys ??= configuredKeyring(env());
  const keys = cachedKeys;
  if (!keys) {
    throw new ApiError(
      "service_unavailable",
      "ENCRYPTION_KEY is not set on the server: set it (32+ random characters) to store a channel's secrets",
    );
  }
  return keys;
}

const sealFor = (id: string, secrets: Secrets) => sealSecrets(id, secrets, keys());
export const openSecrets = <S extends Secrets>(connection: { id: string; sealedSecrets: string }) =>
  openSecretsWith<S>(connection, keys());

function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can manage channels");
}

const connectionSelect = {
  id: true,
  provider: true,
  name: true,
  settings: true,
  webhookKey: true,
  disabledAt: true,
  createdAt: true,
} as const;

export async function listConnections(viewer: Viewer) {
  assertAdmin(viewer);
  return db.channelConnection.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: connectionSelect,
  });
}

export async function connect(viewer: Viewer, input: ConnectInput) {
  assertAdmin(viewer);
  const { provider, name } = input;
  const [settings, secrets]: [Record<string, string>, Secrets] =
    input.provider === "twilio"
      ? [
          {
            accountSid: input.accountSid,
            ...(input.fromNumber ? { fromNumber: input.fromNumber } : {}),
            ...(input.messagingServiceSid ? { messagingServiceSid: input.messagingServiceSid } : {}),
          },
          { authToken: input.authToken },
        ]
      : [
          // The verify token answers Meta's webhook handshake: the admin types it into Meta's dashboard.
          { pageId: input.pageId, verifyToken: randomBytes(18).toString("base64url") },
          { pageAccessToken: input.pageAccessToken, appSecret: input.appSecret },
        ];
  // The id is chosen first: the secrets are sealed for it.
  const [chosen] = await db.$queryRaw<{ id: string }[]>`SELECT object_id() AS id`;
  const id = chosen!.id;
  return db.channelConnection.create({
    data: {
      id,
      organizationId: viewer.organizationId,
      provider,
      name,
      settings,
      sealedSecrets: sealFor(id, secrets),
      webhookKey: randomBytes(18).toString("base64url"),
    },
    select: connectionSelect,
  });
}

export async function updateConnection(viewer: Viewer, id: string, change: UpdateConnectionInput) {
  assertAdmin(viewer);
  const current = await findConnection(viewer, id);
  const secrets = openSecrets<Secrets>(current);
  const replaced: Secrets =
    "authToken" in secrets
      ? { authToken: change.authToken ?? secrets.authToken }
      : {
          pageAccessToken: change.pageAccessToken ?? secrets.pageAccessToken,
          appSecret: change.appSecret ?? secrets.appSecret,
        };
  const settings = current.settings as Record<string, string>;
  return db.channelConnection.update({
    where: { id },
    data: {
      name: change.name,
      ...(change.enabled === undefined ? {} : { disabledAt: change.enabled ? null : new Date() }),
      ...(change.fromNumber && current.provider === "twilio"
        ? { settings: { ...settings, fromNumber: change.fromNumber } }
        : {}),
      sealedSecrets: sealFor(id, replaced),
    },
    select: connectionSelect,
  });
}

export async function removeConnection(viewer: Viewer, id: string) {
  assertAdmin(viewer);
  await findConnection(viewer, id);
  await db.channelConnection.delete({ where: { id } });
}

export async function findConnection(viewer: Viewer, id: string) {
  const connection = await db.channelConnection.findFirst({
    where: { id, organizationId: viewer.organizationId },
    select: { ...connectionSelect, sealedSecrets: true },
  });
  if (!connection) throw new ApiError("not_found", "Channel connection not found");
  return connection;
}

/** The enabled connection a webhook URL names, with its organization; null when there is none. */
export async function connectionForWebhook(provider: ChannelProvider, webhookKey: unknown) {
  if (typeof webhookKey !== "string" || !/^[\w-]{1,64}$/.test(webhookKey)) return null;
  // Hand-written (lib/db/sql.ts): every provider request starts here.
  const [connection] = await query<{ id: string; organizationId: string; settings: unknown; sealedSecrets: string }>(
    Prisma.sql`
      SELECT id, "organizationId", settings, "sealedSecrets" FROM "ChannelConnection"
      WHERE "webhookKey" = ${webhookKey} AND provider = ${provider}::"ChannelProvider" AND "disabledAt" IS NULL`,
  );
  return connection ?? null;
}

/** Tries the connection's credentials against the provider: `{ ok, message }`. */
export async function testConnection(viewer: Viewer, id: string) {
  assertAdmin(viewer);
  const connection = await findConnection(viewer, id);
  if (connection.provider === "messenger") {
    const { pageId } = connection.settings as { pageId: string };
    return checkMessengerPage(pageId, openSecrets<MessengerSecrets>(connection).pageAccessToken);
  }
  const { accountSid } = connection.settings as { accountSid: string };
  return checkTwilioAccount(accountSid, openSecrets<TwilioSecrets>(connection).authToken);
}
