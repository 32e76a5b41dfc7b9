import type { ChannelType, MessageStatus } from "@/lib/generated/prisma/enums";

/** An outbound message handed to a channel provider (an SMS gateway, Messenger, a mail server...). */
export type OutboundMessage = {
  id: string;
  conversationId: string;
  channelType: ChannelType;
  /** Where it goes: a phone number, a Messenger id, an email address, a webchat session. */
  channelIdentifier: string;
  body: string;
};

export type DeliveryStatus = Extract<MessageStatus, "sent" | "delivered" | "read" | "failed">;

/**
 * A channel provider sends a message and reports its delivery status as it learns it. A real
 * provider reports "sent" once its API accepts the message and "delivered" later (from its own
 * status webhook); it throws when the message is refused.
 */
export interface ChannelProvider {
  readonly name: string;
  send(message: OutboundMessage, report: (status: DeliveryStatus) => Promise<void>): Promise<void>;
}

/** The default: delivers nowhere, and records each message as sent, then delivered. */
export const builtInProvider: ChannelProvider = {
  name: "built-in",
  async send(_message, report) {
    await report("sent");
    await report("delivered");
  },
};

const providers: Partial<Record<ChannelType, ChannelProvider>> = {};

/** The provider for a channel; register a real one at startup to replace the built-in one. */
export function providerFor(channelType: ChannelType): ChannelProvider {
  return providers[channelType] ?? builtInProvider;
}

export function registerProvider(channelType: ChannelType, provider: ChannelProvider) {
  providers[channelType] = provider;
}
