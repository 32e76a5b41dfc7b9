"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { dateTime } from "@/components/ui/format";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { type AuditGroup, activityLine, auditGroupNames } from "@/lib/activity/schemas";
import { type AuditFilters, auditParams, getAudit } from "@/lib/queries/endpoints";
import { auditKeys } from "@/lib/queries/keys";
import { useUsers } from "@/lib/queries/use-users";

const groupNames: Record<AuditGroup, string> = {
  "sign-ins": "Sign-ins",
  people: "People and invitations",
  channels: "Channels",
  tokens: "API tokens",
  conversations: "Conversations",
};

/** Settings → Audit log (admins): who did what in the organization, newest first, with filters
 *  and the whole of what they select as CSV. */
export function AuditView() {
  const viewer = useViewer();
  const users = useUsers();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useInfiniteQuery({
    queryKey: auditKeys.filtered(filters),
    queryFn: ({ pageParam, signal }) => getAudit(filters, pageParam, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const entries = (log.data?.pages ?? []).flatMap((page) => page.entries);
  const set = (change: AuditFilters) => setFilters((current) => ({ ...current, ...change }));
  const csv = `/api/audit?${new URLSearchParams({ ...auditParams(filters), format: "csv" })}`;
  return (
    <main className="mx-auto h-full w-full max-w-4xl space-y-4 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Audit log</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          Who signed in, changed people, invitations, channels and API tokens, deleted conversations, and every
          conversation&rsquo;s assignments and resolutions. Recorded by the database with each change; nobody can leave
          one out.
        </p>
      </div>
      <fieldset aria-label="Filters" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1 text-slate-700">
          What
          <select
            value={filters.group ?? ""}
            onChange={(e) => set({ group: e.target.value as AuditGroup | "" })}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Everything</option>
            {auditGroupNames.map((group) => (
              <option key={group} value={group}>
                {groupNames[group]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-slate-700">
          Who
          <select
            value={filters.actor ?? ""}
            onChange={(e) => set({ actor: e.target.value })}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Anyone</option>
            {(users.data ?? []).map((user) => (
              <option key={user._id} value={user._id}>
                {user.fullName}
              </option>
            ))}
          </select>
        </label>
        <DateField label="From" value={filters.from ?? ""} max={filters.to} onChange={(from) => set({ from })} />
        <DateField label="To" value={filters.to ?? ""} min={filters.from} onChange={(to) => set({ to })} />
        <a
          href={csv}
          className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50"
        >
          Download CSV
        </a>
      </fieldset>
      <QueryStates
        query={log}
        loading="Loading the audit log"
        lines={3}
        isEmpty={entries.length === 0}
        empty={<EmptyState title="Nothing recorded" hint="Nothing matches these filters." />}
      />
      {entries.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
            <caption className="sr-only">The audit log, newest first</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="font-medium">
                  When
                </th>
                <th scope="col" className="font-medium">
                  What happened
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((entry) => (
                <tr key={entry._id}>
                  <td className="whitespace-nowrap text-slate-600">
                    <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
                  </td>
                  <td className="text-slate-900">
                    {activityLine(entry, viewer.id, viewer.timeZone)}
                    {typeof entry.detail.client === "string" && (
                      <span className="ml-2 font-mono text-xs text-slate-500">{entry.detail.client}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <div className="flex justify-center">
          <Button size="sm" disabled={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
            {log.isFetchingNextPage ? "Loading…" : "Show older"}
          </Button>
        </div>
      )}
    </main>
  );
}
