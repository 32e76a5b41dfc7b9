import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { emailUi } from "./email";
import { messengerUi } from "./messenger";
import type { ProviderUi } from "./provider-ui";
import { twilioUi } from "./twilio";
import { webchatUi } from "./webchat";

/** Every provider's form and card, once; the compiler names a provider missing here. */
export const providerUi: { [P in ChannelProvider]: ProviderUi<P> } = {
  webchat: webchatUi,
  twilio: twilioUi,
  messenger: messengerUi,
  imap: emailUi,
};

export const providerOrder = Object.keys(providerUi) as ChannelProvider[];
