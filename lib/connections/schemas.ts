import { z } from "zod";
import { channels } from "@/lib/channels/registry";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { strictBoolean, text } from "@/lib/schemas";

// What admins send to connect a channel provider, or to change a connection. The common fields are
// checked here; the provider's own (lib/channels/<provider>/channel.ts, `connectInput` and
// `changeInput`) by its channel, strictly: an unknown field is a 400 naming it. Secrets are
// write-only: never read back.

const providers = Object.keys(channels) as [ChannelProvider, ...ChannelProvider[]];
const name = text({ min: 1, max: 100, trim: true });
const error = "Request body must be a JSON object";

/** The common part of a connect body; the rest is the provider's (passed through to its channel). */
export const connectInput = z.looseObject(
  { provider: z.enum(providers, { error: `must be one of ${providers.join(", ")}` }), name },
  { error },
);

export type ConnectRequest = z.output<typeof connectInput>;

/** Rename, enable or disable; the rest is the provider's (a secret, a sender). */
export const connectionChangeInput = z.looseObject(
  { name: name.optional(), enabled: strictBoolean.optional() },
  { error },
);

export type ConnectionChange = z.output<typeof connectionChangeInput>;

/** What connecting each provider takes, as the browser sends it. */
export type ConnectInput = {
  [P in ChannelProvider]: { provider: P; name: string } & z.input<(typeof channels)[P]["connectInput"]>;
}[ChannelProvider];
