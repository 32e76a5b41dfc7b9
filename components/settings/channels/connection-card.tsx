"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { dateTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import type { ConnectionJson } from "@/lib/connections/json";
import { useChangeChannel, useRemoveChannel, useTestChannel } from "@/lib/queries/use-channels";
import { providerUi } from "./providers";

/** A connected provider: whether it works (its last check, in the provider's words), its details,
 *  and test, disable / enable, remove. */
export function ConnectionCard({ connection }: { connection: ConnectionJson }) {
  const { Details } = providerUi[connection.provider];
  const change = useChangeChannel();
  const remove = useRemoveChannel();
  const test = useTestChannel();
  const active = connection.status === "active";
  return (
    <section aria-label={connection.name} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-medium text-slate-900">{connection.name}</h2>
        <span className="text-sm text-slate-600">{connection.label}</span>
        <StatusBadge connection={connection} />
      </div>
      {connection.check && !connection.check.ok && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Not verified ({dateTime(connection.check.at)}): {connection.check.message}. Replies may not reach your
          contacts until a test passes.
        </p>
      )}
      <Details connection={connection} />
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          disabled={test.isPending}
          onClick={() =>
            test.mutate(connection._id, {
              onSuccess: (result) => (result.ok ? toast.success(result.message) : toast.error(result.message)),
              onError: failed("Could not test the connection"),
            })
          }
        >
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() =>
            change.mutate({ id: connection._id, enabled: !active }, { onError: failed("Could not change it") })
          }
        >
          {active ? "Disable" : "Enable"}
        </Button>
        <ConfirmButton
          label="Remove"
          confirm={`Remove ${connection.name}`}
          onConfirm={() => remove.mutate(connection._id, { onError: failed("Could not remove it") })}
        />
      </div>
    </section>
  );
}

/** Active only when enabled and its credentials passed their last check. */
function StatusBadge({ connection }: { connection: ConnectionJson }) {
  const [text, tone] =
    connection.status === "disabled"
      ? ["Disabled", "bg-slate-100 text-slate-800"]
      : !connection.check
        ? ["Not checked yet", "bg-amber-100 text-amber-950"]
        : connection.check.ok
          ? ["Active", "bg-emerald-100 text-emerald-950"]
          : ["Not verified", "bg-amber-100 text-amber-950"];
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{text}</span>;
}
