"use client";
import { QueryStates } from "@/components/ui/states";
import { useChannels } from "@/lib/queries/use-channels";
import { ConnectForm } from "./connect-form";
import { ConnectionCard } from "./connection-card";
import { providerOrder } from "./providers";

/** The organization's channel connections (admins): connect a provider, test, disable, remove. */
export function ChannelsView() {
  const channels = useChannels();
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Channels</h1>
        <p className="mt-1 text-sm text-slate-600">
          Add a chat widget to your website, and connect your Twilio number and your Facebook Page, so that your
          contacts' chats, SMS and Messenger messages arrive here and your replies reach them.
        </p>
      </div>
      <QueryStates query={channels} loading="Loading channels" />
      {channels.data?.length === 0 && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          No channel is connected. Replies are recorded in the inbox but delivered nowhere (the built-in provider), and
          only the API's inbound webhook brings messages in.
        </p>
      )}
      {channels.data?.map((connection) => (
        <ConnectionCard key={connection._id} connection={connection} />
      ))}
      {providerOrder.map((provider) => (
        <ConnectForm key={provider} provider={provider} />
      ))}
    </main>
  );
}
