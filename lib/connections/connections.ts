import "server-only";
import { randomBytes } from "node:crypto";
import { tellAdmins } from "@/lib/accounts/email-queue";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import type { CheckResult, OpenConnection } from "@/lib/channels/channel";
import { channelOf, channels } from "@/lib/channels/registry";
import { serverKeys } from "@/lib/crypto/server-keys";
import { actingAsSql } from "@/lib/db/actor";
import { db } from "@/lib/db/client";
import { query, transaction } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";
import { validate } from "@/lib/http/validate";
import { connectionsChanged } from "./changed";
import type { ConnectionChange, ConnectRequest } from "./schemas";
import { openSecretsWith, sealSecrets } from "./sealing";

// An organization's channel connections, managed by its admins, for every provider alike (each
// provider's own part is its channel: lib/channels/<provider>/). Secrets are sealed before they are
// stored (lib/crypto/secret-box.ts) and opened only to hand the connection to its channel.

const keys = () => serverKeys("a channel's secrets");

/** A stored connection: its row as the outbox and the webhooks read it. */
export type StoredConnection = {
  id: string;
  organizationId: string;
  provider: ChannelProvider;
  name: string;
  settings: unknown;
  sealedSecrets: string;
  webhookKey: string;
};

/** Each webhook's URL on `publicUrl` (the app's public origin). */
export function webhookUrls(provider: ChannelProvider, webhookKey: string, publicUrl: string) {
  const base = `${publicUrl.replace(/\/$/, "")}/api/webhooks/${provider}/${webhookKey}`;
  return Object.fromEntries(
    Object.entries(channelOf(provider).webhooks).map(([name, hook]) => [
      name,
      hook.path ? `${base}/${hook.path}` : base,
    ]),
  );
}

/** The connection as its channel sees it: secrets opened, webhooks on the configured public URL. */
export function openConnection(row: StoredConnection): OpenConnection {
  const publicUrl = env().NEXTAUTH_URL;
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    publicId: row.webhookKey,
    settings: row.settings as Record<string, unknown>,
    secrets: openSecretsWith<Record<string, string>>(row, keys()),
    webhookUrls: publicUrl ? webhookUrls(row.provider, row.webhookKey, publicUrl) : null,
  };
}

function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can manage channels");
}

const connectionSelect = {
  id: true,
  organizationId: true,
  provider: true,
  name: true,
  settings: true,
  webhookKey: true,
  disabledAt: true,
  checkedAt: true,
  checkOk: true,
  checkMessage: true,
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

/**
 * Connects a provider: its credentials are tried first. Credentials the provider refuses are a
 * 400 and nothing is stored; a provider that cannot be reached is recorded on the connection, which
 * shows as not verified until a test passes.
 */
export async function connect(viewer: Viewer, input: ConnectRequest) {
  assertAdmin(viewer);
  const { provider, name, ...fields } = input;
  const channel = channelOf(provider);
  const { settings, secrets } = channel.split(validate(channel.connectInput, fields));
  // The id is chosen first: the secrets are sealed for it.
  const [chosen] = await db.$queryRaw<{ id: string }[]>`SELECT object_id() AS id`;
  const id = chosen!.id;
  const webhookKey = randomBytes(18).toString("base64url");
  const open = {
    id,
    organizationId: viewer.organizationId,
    name,
    publicId: webhookKey,
    settings,
    secrets,
    webhookUrls: null,
  };
  const check = await checked(channel.check, open, { refuse: true });
  const created = await db.$transaction(async (tx) => {
    await tx.$queryRaw(actingAsSql(viewer.userId));
    return tx.channelConnection.create({
      data: {
        id,
        organizationId: viewer.organizationId,
        provider,
        channelType: channel.channelType,
        name,
        settings,
        sealedSecrets: sealSecrets(id, secrets, keys()),
        webhookKey,
        ...check,
      },
      select: connectionSelect,
    });
  });
  await connectionsChanged();
  return { ...created, shownOnce: shownOnce(channel, {}, secrets) };
}

/** The secrets a channel made itself this time (new, or rotated): shown in this answer only. */
function shownOnce(
  channel: { generatedSecrets?: readonly string[] },
  before: Record<string, string>,
  after: Record<string, string>,
) {
  const made = (channel.generatedSecrets ?? []).filter((name) => after[name] && after[name] !== before[name]);
  return made.length ? Object.fromEntries(made.map((name) => [name, after[name] as string])) : undefined;
}

/** A change: rename, enable or disable, or the provider's own fields (a secret, a sender), which
 *  are checked again with the provider (the card shows the result). */
export async function updateConnection(viewer: Viewer, id: string, change: ConnectionChange) {
  assertAdmin(viewer);
  const current = await findConnection(viewer, id);
  const { name, enabled, ...fields } = change;
  const channel = channelOf(current.provider);
  const own = validate(channel.changeInput, fields);
  const changesProvider = Object.values(own).some((value) => value !== undefined);
  const open = openConnection(current);
  const next = changesProvider ? channel.change(open, own) : open;
  const check = changesProvider ? await checked(channel.check, { ...open, ...next }, { refuse: false }) : {};
  const updated = await db.$transaction(async (tx) => {
    await tx.$queryRaw(actingAsSql(viewer.userId));
    return tx.channelConnection.update({
      where: { id },
      data: {
        name,
        ...(enabled === undefined ? {} : { disabledAt: enabled ? null : new Date() }),
        ...(changesProvider
          ? { settings: next.settings as Prisma.InputJsonObject, sealedSecrets: sealSecrets(id, next.secrets, keys()) }
          : {}),
        ...check,
      },
      select: connectionSelect,
    });
  });
  await connectionsChanged();
  return { ...updated, shownOnce: shownOnce(channel, open.secrets, next.secrets) };
}

/**
 * Records how a connection's background read went, as its last check (its card shows a failure),
 * unless the connection changed since the read began (a turn on the old password says nothing of
 * the new one). When it stops being readable (it was, or had not been read yet), its admins are
 * also told, once until it is readable again.
 */
export async function recordReadCheck(
  read: Pick<StoredConnection, "id" | "settings" | "sealedSecrets">,
  result: CheckResult,
) {
  const message = result.message.slice(0, 500);
  await transaction(async (tx) => {
    const [changed] = await query<{ organizationId: string; name: string; was: boolean | null }>(
      Prisma.sql`
      UPDATE "ChannelConnection" c SET "checkedAt" = now(), "checkOk" = ${result.ok}, "checkMessage" = ${message}
      FROM (SELECT id, "checkOk" AS was FROM "ChannelConnection" WHERE id = ${read.id} FOR UPDATE) old
      WHERE c.id = old.id AND (c."checkOk" IS DISTINCT FROM ${result.ok} OR c."checkMessage" IS DISTINCT FROM ${message})
        AND c."sealedSecrets" = ${read.sealedSecrets} AND c.settings = ${JSON.stringify(read.settings)}::jsonb
      RETURNING c."organizationId", c.name, old.was`,
      tx,
    );
    if (!changed || result.ok || changed.was === false) return;
    await tellAdmins(
      changed.organizationId,
      {
        subject: `${changed.name} cannot be read`,
        lines: [
          `${message}.`,
          "What arrives meanwhile waits on the server: nothing is skipped. Once it is fixed (a new password in Settings → Channels), it is read from where it stopped.",
        ],
        path: "/settings/channels",
      },
      tx,
    );
  });
}

/** Runs a check, as the connection's last one; with `refuse`, credentials the provider refused are
 *  a 400 (in its words) instead. */
async function checked(
  check: (connection: OpenConnection) => Promise<CheckResult>,
  connection: OpenConnection,
  { refuse }: { refuse: boolean },
) {
  const result = await check(connection);
  if (refuse && result.refused) throw new ApiError("bad_request", `${result.message}. Nothing was saved.`);
  return { checkedAt: new Date(), checkOk: result.ok, checkMessage: result.message.slice(0, 500) };
}

export async function removeConnection(viewer: Viewer, id: string) {
  assertAdmin(viewer);
  await findConnection(viewer, id);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw(actingAsSql(viewer.userId));
    await tx.channelConnection.delete({ where: { id } });
  });
  await connectionsChanged();
}

async function findConnection(viewer: Viewer, id: string) {
  const connection = await db.channelConnection.findFirst({
    where: { id, organizationId: viewer.organizationId },
    select: { ...connectionSelect, sealedSecrets: true },
  });
  if (!connection) throw new ApiError("not_found", "Channel connection not found");
  return connection;
}

/** The enabled connection a webhook URL names; null when there is none. */
export async function connectionForWebhook(provider: ChannelProvider, webhookKey: unknown) {
  if (typeof webhookKey !== "string" || !/^[\w-]{1,64}$/.test(webhookKey)) return null;
  // Hand-written (lib/db/sql.ts): every provider request starts here.
  const [connection] = await query<StoredConnection>(
    Prisma.sql`
      SELECT id, "organizationId", provider, name, settings, "sealedSecrets", "webhookKey" FROM "ChannelConnection"
      WHERE "webhookKey" = ${webhookKey} AND provider = ${provider}::"ChannelProvider" AND "disabledAt" IS NULL`,
  );
  return connection ?? null;
}

/** The enabled connection a public id names, if its channel serves the public (a webchat widget). */
export async function connectionForPublicApi(publicId: unknown) {
  if (typeof publicId !== "string" || !/^[\w-]{1,64}$/.test(publicId)) return null;
  const providers = (Object.keys(channels) as ChannelProvider[]).filter((p) => channels[p].publicApi);
  const [connection] = await query<StoredConnection>(
    Prisma.sql`
      SELECT id, "organizationId", provider, name, settings, "sealedSecrets", "webhookKey" FROM "ChannelConnection"
      WHERE "webhookKey" = ${publicId} AND provider::text = ANY(${providers}::text[]) AND "disabledAt" IS NULL`,
  );
  return connection ?? null;
}

/** Tries the connection's credentials against the provider, records the result: `{ ok, message }`. */
export async function testConnection(viewer: Viewer, id: string): Promise<CheckResult> {
  assertAdmin(viewer);
  const connection = await findConnection(viewer, id);
  const result = await channelOf(connection.provider).check(openConnection(connection));
  await db.channelConnection.update({
    where: { id },
    data: { checkedAt: new Date(), checkOk: result.ok, checkMessage: result.message.slice(0, 500) },
  });
  return { ok: result.ok, message: result.message };
}
