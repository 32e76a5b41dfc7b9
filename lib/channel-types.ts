import type { ChannelType } from "@/lib/generated/prisma/enums";

/** The channels a conversation can be on: the one list that validation, filters and the UI use. */
export const channelTypes = ["sms", "facebook", "webchat", "email"] as const satisfies readonly ChannelType[];

// The list and the database's enum must name the same channels.
type Missing = Exclude<ChannelType, (typeof channelTypes)[number]>;
const _everyChannelListed: Missing extends never ? true : Missing = true;
void _everyChannelListed;

/** Each channel's name as people read it (the inbox, reports, exports). */
export const channelLabels: Record<ChannelType, string> = {
  sms: "SMS",
  facebook: "Messenger",
  webchat: "Webchat",
  email: "Email",
};

export type { ChannelType };
