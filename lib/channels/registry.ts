import "server-only";
import type { ChannelProvider, ChannelType } from "@/lib/generated/prisma/enums";
import type { Channel } from "./channel";
import { email } from "./email/channel";
import { messenger } from "./messenger/channel";
import { twilio } from "./twilio/channel";
import { webchat } from "./webchat/channel";

// Every channel provider, once. The compiler checks this against the database's ChannelProvider
// enum: a provider added there and not here (or the reverse) does not build.

// biome-ignore lint/suspicious/noExplicitAny: each channel has its own input, settings and secrets types
export type AnyChannel = Channel<any, any, any, any>;

export const channels = { twilio, messenger, webchat, imap: email } satisfies Record<ChannelProvider, AnyChannel>;

export const channelOf = (provider: ChannelProvider): AnyChannel => channels[provider];

/** The providers that carry conversations of this channel type. */
export const providersOf = (channelType: ChannelType): ChannelProvider[] =>
  (Object.values(channels) as AnyChannel[]).filter((c) => c.channelType === channelType).map((c) => c.provider);

/** Whether a URL segment names a provider. */
export const isProvider = (name: string): name is ChannelProvider => Object.hasOwn(channels, name);
