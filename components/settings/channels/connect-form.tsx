"use client";
import { useId, useState } from "react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
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
          onSuccess: () => {
            form.reset();
            toast.success(ui.connected);
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
      <ui.Fields errors={fieldErrors} />
      <FormError message={formError} />
      <SubmitButton variant="primary" disabled={connect.isPending}>
        {connect.isPending ? "Connecting…" : ui.submitLabel}
      </SubmitButton>
    </form>
  );
}
