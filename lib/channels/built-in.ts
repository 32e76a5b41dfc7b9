import "server-only";
import type { Outgoing, Sender } from "./channel";

// The built-in provider: the sending half of a channel (it has nothing to connect), for a channel
// type the organization has connected no provider for. It delivers nowhere and takes every message
// at once, so a reply is recorded without a job or a call out (lib/outbox/send-reply.ts), and its
// message says that it was only recorded (`recordedOnly` in its JSON).
export const builtIn: { label: string; sender(message: Outgoing): Sender | string } = {
  label: "built-in",
  sender: (message) => ({
    send: async () => ({ kind: "accepted", providerMessageId: `built-in:${message.id}` }),
    find: async () => null,
  }),
};
