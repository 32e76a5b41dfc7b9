"use client";
import { useId, useState } from "react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { ShownOnce } from "@/components/ui/shown-once";
import type { ConnectInput } from "@/lib/connections/schemas";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { ApiClientError } from "@/lib/queries/api-client";
import { useConnect } from "@/lib/queries/use-channels";
import { providerUi } from "./providers";

/** One provider's connect form: reads its fields, shows the server's per-field errors (or, for
 *  credentials the provider refused, its words), resets once connected. */
export function ConnectForm({ provider }: { provider: ChannelProvider }) {
  const ui = providerUi[provider];
  const connect = useConnect();
  const headingId = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // A secret the channel made for itself (a widget's identity secret): shown once, here.
  const [shownOnce, setShownOnce] = useState<[string, string] | null>(null);
  const formError =
    connect.error instanceof ApiClientError && connect.error.errors.length > 0 ? undefined : connect.error?.message;
  return (
    <form
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        setFieldErrors({});
        const input = { provider, ...ui.toInput((name) => String(data.get(name) ?? "").trim()) } as ConnectInput;
        connect.mutate(input, {
          onSuccess: ({ data }) => {
            form.reset();
            toast.success(ui.connected);
            const [made] = Object.entries(data.shownOnce ?? {});
            // "identitySecret" as people read it: "Identity secret".
            const label = made?.[0]
              .replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)
              .replace(/^./, (c) => c.toUpperCase());
            setShownOnce(made && label ? [label, made[1]] : null);
          },
          onError: (error) => {
            if (error instanceof ApiClientError) {
              setFieldErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
            }
          },
        });
      }}
    >
      <h2 id={headingId} className="font-medium text-slate-900">
        {ui.title}
      </h2>
      {shownOnce && (
        <ShownOnce
          title={`${shownOnce[0]}: shown only now. Keep it on your server; it signs who your visitors are.`}
          value={shownOnce[1]}
          label={shownOnce[0]}
          onDismiss={() => setShownOnce(null)}
        />
      )}
      <ui.Fields errors={fieldErrors} />
      <FormError message={formError} />
      <SubmitButton variant="primary" disabled={connect.isPending}>
        {connect.isPending ? "Connecting…" : ui.submitLabel}
      </SubmitButton>
    </form>
  );
}
