"use client";
import Link from "next/link";
import { useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { Popover, PopoverClose } from "@/components/ui/popover";
import { canManagePeople, canSeeWholeOrganization } from "@/lib/auth/viewer";
import type { ConversationJson } from "@/lib/conversations/json";
import { useModelProvider, useProcesses } from "@/lib/queries/use-ai";
import { useSetAutopilot } from "@/lib/queries/use-conversation-actions";

/**
 * The thread's autopilot: on, it says which process drives it and offers Take over (a person's reply
 * takes over too); off, it turns it on with a process. Without a model or a process it says so,
 * and who can set one up.
 */
export function AutopilotControl({ conversation }: { conversation: ConversationJson }) {
  const viewer = useViewer();
  const provider = useModelProvider();
  const processes = useProcesses();
  const set = useSetAutopilot();
  const [choice, setChoice] = useState<string>();
  const processName = processes.data?.find((p) => p._id === conversation.process)?.name;

  if (conversation.isAutopilot) {
    return (
      <span className="inline-flex items-center gap-1 rounded-md bg-violet-50 py-0.5 pr-0.5 pl-2 text-xs text-violet-950 ring-1 ring-violet-200">
        <span aria-hidden>✦</span>
        <span>
          Autopilot<span className="hidden sm:inline"> · {processName ?? "process"}</span>
        </span>
        <Button
          size="sm"
          variant="ghost"
          className="h-7"
          onClick={() => set.mutate({ id: conversation._id, isAutopilot: false })}
        >
          Take over
        </Button>
      </span>
    );
  }

  const selected = choice ?? conversation.process ?? processes.data?.[0]?._id ?? "";
  let body: React.ReactNode;
  if (provider.isPending || processes.isPending) body = <p className="p-2 text-sm text-slate-600">Loading…</p>;
  else if (!provider.data)
    body = (
      <p className="p-2 text-sm text-slate-700">
        No model provider is set up.{" "}
        {canManagePeople(viewer) ? (
          <Link href="/settings/ai" className="text-blue-700 underline">
            Add one in Settings → AI
          </Link>
        ) : (
          "An admin can add one in Settings → AI."
        )}
      </p>
    );
  else if (!processes.data?.length)
    body = (
      <p className="p-2 text-sm text-slate-700">
        No processes yet.{" "}
        {canSeeWholeOrganization(viewer) ? (
          <Link href="/settings/processes" className="text-blue-700 underline">
            Write one in Settings → Processes
          </Link>
        ) : (
          "A manager can write one in Settings → Processes."
        )}
      </p>
    );
  else
    body = (
      <div className="space-y-2 p-2">
        <p className="text-xs text-slate-600">The AI answers this contact on its own, following the process.</p>
        <label htmlFor="autopilot-process" className="block text-sm font-medium text-slate-800">
          Process
        </label>
        <select
          id="autopilot-process"
          value={selected}
          onChange={(e) => setChoice(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        >
          {processes.data.map((process) => (
            <option key={process._id} value={process._id}>
              {process.name}
            </option>
          ))}
        </select>
        <PopoverClose asChild>
          <Button
            variant="primary"
            size="sm"
            className="w-full"
            disabled={!selected}
            onClick={() => set.mutate({ id: conversation._id, isAutopilot: true, process: selected })}
          >
            Turn autopilot on
          </Button>
        </PopoverClose>
      </div>
    );
  return (
    <Popover label="Autopilot" width="w-64" trigger={<Button size="sm">Autopilot</Button>}>
      {body}
    </Popover>
  );
}
