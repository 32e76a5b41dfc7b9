import type { ConnectionJson } from "@/lib/connections/json";
import type { ConnectInput } from "@/lib/connections/schemas";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";

/** What the Channels page shows of one provider: its connect form's fields and its card's details. */
export type ProviderUi<P extends ChannelProvider = ChannelProvider> = {
  /** The connect form's title and button, and the toast once connected. */
  title: string;
  submitLabel: string;
  connected: string;
  /** The form's fields (their names are the input's keys), with the server's per-field errors. */
  Fields: (props: { errors: Record<string, string> }) => React.ReactNode;
  /** The connect input from the form's values (trimmed), without the provider. */
  toInput: (value: (name: string) => string) => Omit<Extract<ConnectInput, { provider: P }>, "provider">;
  /** What a connected card shows: settings, where to put its webhooks. */
  Details: (props: { connection: ConnectionJson }) => React.ReactNode;
};

/** One of a connection's settings as text ("" when unset). */
export const setting = (connection: ConnectionJson, name: string) => {
  const value = connection.settings[name];
  return typeof value === "string" ? value : "";
};
