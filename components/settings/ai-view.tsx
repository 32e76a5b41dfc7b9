"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, FormError } from "@/components/ui/field";
import { dateTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useSubmit } from "@/components/ui/use-submit";
import type { ProviderJson } from "@/lib/ai/provider";
import { getOrganization, patchOrganization } from "@/lib/queries/settings-endpoints";
import {
  useModelCalls,
  useModelProvider,
  useRemoveProvider,
  useSaveProvider,
  useTestProvider,
} from "@/lib/queries/use-ai";

const number = new Intl.NumberFormat();

/** Settings → AI (admins): the organization's model, its Test, today's use and the call log. */
export function AiView() {
  const provider = useModelProvider();
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">AI</h1>
        <p className="mt-1 text-sm text-slate-600">
          The model the autopilot and suggested replies use: any OpenAI-compatible chat completions endpoint with tool
          calling (OpenAI, a local Ollama, vLLM, llama.cpp&apos;s server). Without one, AI controls stay off and
          everything else works as before.
        </p>
      </div>
      <QueryStates query={provider} loading="Loading the model provider" lines={4} />
      {provider.isSuccess && <ProviderForm key={provider.data?.updatedAt ?? "none"} saved={provider.data} />}
      {provider.data && <StalledSetting />}
      {provider.data && <Usage budget={provider.data.dailyTokenBudget} />}
    </main>
  );
}

function ProviderForm({ saved }: { saved: ProviderJson | null }) {
  const [baseUrl, setBaseUrl] = useState(saved?.baseUrl ?? "");
  const [model, setModel] = useState(saved?.model ?? "");
  const [apiKey, setApiKey] = useState("");
  const [budget, setBudget] = useState(saved?.dailyTokenBudget ? String(saved.dailyTokenBudget) : "");
  const saveProvider = useSaveProvider();
  const remove = useRemoveProvider();
  const test = useTestProvider();
  const save = useSubmit(async () => {
    await saveProvider.mutateAsync({
      baseUrl: baseUrl.trim(),
      model: model.trim(),
      // Empty: the saved key stays (it is never shown); a new one replaces it.
      ...(apiKey.trim() && { apiKey: apiKey.trim() }),
      dailyTokenBudget: budget.trim() ? Number(budget) : null,
    });
    toast.success("Model provider saved");
  });

  return (
    <form
      aria-label="Model provider"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <Field
        label="Base URL"
        value={baseUrl}
        onChange={(e) => setBaseUrl(e.target.value)}
        required
        placeholder="https://api.openai.com/v1"
        hint="OpenAI: https://api.openai.com/v1 · Ollama on this server: http://localhost:11434/v1"
        error={save.fieldErrors.baseUrl}
      />
      <Field
        label="Model"
        value={model}
        onChange={(e) => setModel(e.target.value)}
        required
        placeholder="gpt-4.1-mini, llama3.1, qwen2.5…"
        hint="A process may name another model of the same provider."
        error={save.fieldErrors.model}
      />
      <Field
        label="API key"
        type="password"
        autoComplete="off"
        value={apiKey}
        onChange={(e) => setApiKey(e.target.value)}
        placeholder={saved?.hasApiKey ? "Saved: type a new key to replace it" : "Leave empty if the server needs none"}
        hint="Stored encrypted; never shown again."
        error={save.fieldErrors.apiKey}
      />
      <Field
        label="Daily token budget"
        type="number"
        min={1000}
        step={1000}
        value={budget}
        onChange={(e) => setBudget(e.target.value)}
        placeholder="No limit"
        hint="Tokens in and out per day, in the organization's time zone. When spent, the autopilot stops with a note in each thread it leaves."
        error={save.fieldErrors.dailyTokenBudget}
      />
      <FormError message={save.error} />
      {test.data && (
        <p
          role="status"
          className={`text-sm ${test.data.ok && test.data.toolCalling ? "text-emerald-800" : "text-red-800"}`}
        >
          {test.data.message}
        </p>
      )}
      {test.isError && (
        <p role="alert" className="text-sm text-red-800">
          {test.error.message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending || !baseUrl.trim() || !model.trim()}>
          {saved ? "Save" : "Add provider"}
        </SubmitButton>
        {saved && (
          <>
            <Button onClick={() => test.mutate()} disabled={test.isPending}>
              {test.isPending ? "Testing…" : "Test"}
            </Button>
            <ConfirmButton
              label="Remove"
              confirm="Remove the model provider"
              warning="Autopilots stop at their next message."
              onConfirm={() => remove.mutate(undefined, { onError: failed("Could not remove it") })}
            />
          </>
        )}
      </div>
    </form>
  );
}

/** The reference's autopilot monitor: after how long an unanswered contact counts as stalled. */
function StalledSetting() {
  const queryClient = useQueryClient();
  const organization = useQuery({ queryKey: ["organization"], queryFn: ({ signal }) => getOrganization({ signal }) });
  const [minutes, setMinutes] = useState<string>();
  const value = minutes ?? (organization.data ? String(organization.data.autopilotStalledMinutes) : "");
  const save = useSubmit(async () => {
    await patchOrganization({ autopilotStalledMinutes: Number(value) });
    await queryClient.invalidateQueries({ queryKey: ["organization"] });
    setMinutes(undefined);
    toast.success("Saved");
  });
  return (
    <form
      aria-label="Stalled autopilot"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <div className="min-w-64 flex-1">
        <Field
          label="Stalled after (minutes)"
          type="number"
          min={1}
          max={10_080}
          value={value}
          onChange={(e) => setMinutes(e.target.value)}
          hint="A conversation on autopilot whose contact has waited this long for an answer shows under the inbox's Stalled autopilot filter."
          error={save.fieldErrors.autopilotStalledMinutes ?? save.error}
        />
      </div>
      <SubmitButton disabled={save.pending || !value || minutes === undefined}>Save</SubmitButton>
    </form>
  );
}

function Usage({ budget }: { budget: number | null }) {
  const calls = useModelCalls();
  return (
    <section aria-labelledby="calls-heading" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="calls-heading" className="font-medium text-slate-900">
          Recent calls
        </h2>
        {calls.data && (
          <p className="text-sm text-slate-600">
            Today: {number.format(calls.data.tokensToday)} tokens
            {budget ? ` of ${number.format(budget)}` : ""}
          </p>
        )}
      </div>
      <QueryStates
        query={calls}
        loading="Loading the call log"
        lines={3}
        isEmpty={calls.data?.calls.length === 0}
        empty={<EmptyState title="No calls yet" hint="Test the provider, or turn the autopilot on in a thread." />}
      />
      {calls.data && calls.data.calls.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">When</th>
                <th className="px-2 py-2 font-medium">For</th>
                <th className="px-2 py-2 font-medium">Model</th>
                <th className="px-2 py-2 text-right font-medium">Tokens in / out</th>
                <th className="px-2 py-2 text-right font-medium">Time</th>
                <th className="px-4 py-2 font-medium">Outcome</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {calls.data.calls.map((call) => (
                <tr key={call._id}>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-700">{dateTime(call.createdAt)}</td>
                  <td className="px-2 py-2 text-slate-700">{call.purpose}</td>
                  <td className="px-2 py-2 font-mono text-xs text-slate-700">{call.model}</td>
                  <td className="px-2 py-2 text-right text-slate-700 tabular-nums">
                    {number.format(call.tokensIn)} / {number.format(call.tokensOut)}
                  </td>
                  <td className="px-2 py-2 text-right text-slate-700 tabular-nums">
                    {number.format(call.latencyMs)} ms
                  </td>
                  <td className="px-4 py-2">
                    <span className={call.outcome === "ok" ? "text-emerald-800" : "text-red-800"}>{call.outcome}</span>
                    {call.error && <span className="block text-xs text-slate-600">{call.error}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
