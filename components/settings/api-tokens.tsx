"use client";
import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { relativeTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import { ShownOnce } from "@/components/ui/shown-once";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from "@/lib/queries/use-api-tokens";

/** Personal API tokens: create (shown once, with a copy button), list, revoke. */
export function ApiTokens() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState("");

  return (
    <main className="mx-auto h-full max-w-2xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">API tokens</h1>
        <p className="mt-1 text-sm text-slate-600">
          A token acts as you: send it as <code className="font-mono">Authorization: Bearer …</code>. Anyone holding it
          can do what you can, so keep it secret and revoke it when it is no longer needed.
        </p>
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(name.trim(), { onSuccess: () => setName("") });
        }}
      >
        <div className="min-w-48 flex-1">
          <Field
            label="Token name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. CRM sync"
            maxLength={100}
          />
        </div>
        <SubmitButton variant="primary" disabled={!name.trim() || create.isPending}>
          Create token
        </SubmitButton>
      </form>
      {create.isError && (
        <p role="alert" className="text-sm text-red-800">
          {create.error.message}
        </p>
      )}
      {create.data && (
        <ShownOnce
          title="Copy your new token now. It will not be shown again."
          value={create.data.token}
          label="New API token"
          onDismiss={() => create.reset()}
        />
      )}
      <section aria-labelledby="tokens-heading" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="tokens-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-medium text-slate-800">
          Your tokens
        </h2>
        <QueryStates
          query={tokens}
          loading="Loading tokens"
          isEmpty={tokens.data?.length === 0}
          empty={<EmptyState title="No tokens yet" hint="Create one above to call the API." />}
        />
        <ul>
          {tokens.data?.map((t) => (
            <li key={t._id} className="flex items-center gap-3 border-t border-slate-100 px-4 py-2 first:border-t-0">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm text-slate-900">{t.name}</p>
                <p className="text-xs text-slate-600">
                  <span className="font-mono">{t.prefix}…</span> · created {relativeTime(t.createdAt)} ago ·{" "}
                  {t.lastUsedAt ? `last used ${relativeTime(t.lastUsedAt)} ago` : "never used"}
                </p>
              </div>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Revoke ${t.name}`}
                onClick={() => revoke.mutate(t._id, { onError: failed("Could not revoke") })}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
