"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useViewer } from "@/components/layout/viewer-context";
import { DateField } from "@/components/ui/date-field";
import { durationLabel } from "@/components/ui/format";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import { toWallTime } from "@/lib/conversations/snooze-times";
import { getReport } from "@/lib/queries/endpoints";
import { reportKeys } from "@/lib/queries/keys";
import {
  MAX_REPORT_DAYS,
  type ReportDimension,
  type ReportJson,
  reportDimensions,
  reportQuery,
  shiftDate,
} from "@/lib/reports/schemas";
import { BarChart } from "./bar-chart";

// Reports for managers: a period (the last 7, 30 or 90 days, or two dates) in the organization's
// time zone, grouped by day, channel, person or label; two charts, the table of every number
// behind them, and CSV downloads of those rows and of the conversations. The period and grouping
// live in the URL, so a report can be shared.

const byNames: Record<ReportDimension, string> = { day: "Day", channel: "Channel", agent: "Person", label: "Label" };
const presets = [7, 30, 90];
const colors = { opened: "#2563eb", resolved: "#16a34a", median: "#7c3aed", p90: "#f59e0b" };

const dayName = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ReportView() {
  const viewer = useViewer();
  if (!canSeeWholeOrganization(viewer)) {
    return (
      <main className="mx-auto h-full max-w-5xl overflow-y-auto p-4">
        <h1 className="text-xl font-semibold text-slate-900">Reports</h1>
        <EmptyState title="Reports are for managers and admins." hint="Ask one of them for the figures you need." />
      </main>
    );
  }
  return <Report timeZone={viewer.timeZone} />;
}

function Report({ timeZone }: { timeZone: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // Today in the organization's zone.
  const last = toWallTime(new Date(), timeZone).slice(0, 10);
  const to = DATE.test(params.get("to") ?? "") ? (params.get("to") as string) : last;
  const from = DATE.test(params.get("from") ?? "") ? (params.get("from") as string) : shiftDate(to, -29);
  const by = reportDimensions.find((d) => d === params.get("by")) ?? "day";
  // The API's own rule for a period (a real date, not reversed, at most MAX_REPORT_DAYS).
  const valid = reportQuery.safeParse({ from, to, by }).success;
  const set = (next: { from?: string; to?: string; by?: ReportDimension }) => {
    const query = new URLSearchParams({ from, to, by, ...next });
    router.replace(`${pathname}?${query}`, { scroll: false });
  };
  const report = useQuery({
    queryKey: reportKeys.report({ from, to, by }),
    queryFn: ({ signal }) => getReport({ from, to, by }, { signal }),
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const data = report.data;
  const csv = new URLSearchParams({ from, to, by, format: "csv" });
  return (
    <main className="mx-auto h-full max-w-5xl overflow-y-auto p-4">
      <h1 className="text-xl font-semibold text-slate-900">Reports</h1>
      <p className="mt-1 text-sm text-slate-600">
        Conversations opened and resolved, and how soon they were answered and resolved. Days are {timeZone}
        &rsquo;s.
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <fieldset className="flex overflow-hidden rounded-md border border-slate-300">
          <legend className="sr-only">Period</legend>
          {presets.map((days) => {
            const pressed = to === last && from === shiftDate(last, 1 - days);
            return (
              <button
                key={days}
                type="button"
                aria-pressed={pressed}
                onClick={() => set({ from: shiftDate(last, 1 - days), to: last })}
                className={`px-3 py-1.5 ${pressed ? "bg-slate-900 text-white" : "bg-white text-slate-800 hover:bg-slate-50"}`}
              >
                Last {days} days
              </button>
            );
          })}
        </fieldset>
        <DateField label="From" value={from} max={to} onChange={(day) => set({ from: day })} />
        <DateField label="To" value={to} min={from} onChange={(day) => set({ to: day })} />
        <div role="tablist" aria-label="Group by" className="flex overflow-hidden rounded-md border border-slate-300">
          {reportDimensions.map((d) => (
            <button
              key={d}
              type="button"
              role="tab"
              aria-selected={by === d}
              onClick={() => set({ by: d })}
              className={`px-3 py-1.5 ${by === d ? "bg-slate-900 text-white" : "bg-white text-slate-800 hover:bg-slate-50"}`}
            >
              By {byNames[d].toLowerCase()}
            </button>
          ))}
        </div>
      </div>
      {!valid && (
        <p role="alert" className="mt-4 text-sm text-red-800">
          Choose a period of at most {MAX_REPORT_DAYS} days whose start is not after its end.
        </p>
      )}
      {valid && (
        <div className="mt-4 space-y-4" aria-busy={report.isFetching}>
          <QueryStates query={report} loading="Loading report" lines={4} />
          {data && <Totals totals={data.totals} />}
          {data && (data.totals.opened > 0 || data.totals.resolved > 0) ? (
            <Charts report={data} />
          ) : (
            data && <EmptyState title="Nothing in this period" hint="No conversation was opened or resolved then." />
          )}
          {data && data.rows.length > 0 && <Table report={data} />}
          {data && (
            <p className="flex flex-wrap gap-4 text-sm">
              <a href={`/api/reports?${csv}`} className="font-medium text-blue-800 hover:underline" download>
                Download these rows (CSV)
              </a>
              <a
                href={`/api/reports/conversations?${new URLSearchParams({ from, to })}`}
                className="font-medium text-blue-800 hover:underline"
                download
              >
                Download the conversations (CSV)
              </a>
            </p>
          )}
        </div>
      )}
    </main>
  );
}

function Totals({ totals }: { totals: ReportJson["totals"] }) {
  const cards = [
    { name: "Opened", value: totals.opened.toLocaleString() },
    { name: "Resolved", value: totals.resolved.toLocaleString() },
    {
      name: "First response",
      value: totals.firstResponse.median === null ? "—" : durationLabel(totals.firstResponse.median),
      detail: totals.firstResponse.p90 === null ? undefined : `90% within ${durationLabel(totals.firstResponse.p90)}`,
    },
    {
      name: "Resolution",
      value: totals.resolution.median === null ? "—" : durationLabel(totals.resolution.median),
      detail: totals.resolution.p90 === null ? undefined : `90% within ${durationLabel(totals.resolution.p90)}`,
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {cards.map((card) => (
        <div key={card.name} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{card.name}</dt>
          <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{card.value}</dd>
          {card.detail && <dd className="text-xs text-slate-600">{card.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

function Charts({ report }: { report: ReportJson }) {
  const labels = report.rows.map((row) => (report.by === "day" ? dayName(row.name) : row.name));
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-3 lg:grid-cols-2">
      <BarChart
        title="Conversations"
        labels={labels}
        series={[
          { name: "Opened", color: colors.opened, values: report.rows.map((r) => r.opened) },
          { name: "Resolved", color: colors.resolved, values: report.rows.map((r) => r.resolved) },
        ]}
        format={(v) => v.toLocaleString()}
      />
      <BarChart
        title="First response (minutes)"
        labels={labels}
        series={[
          { name: "Median", color: colors.median, values: report.rows.map((r) => minutes(r.firstResponse.median)) },
          { name: "90th percentile", color: colors.p90, values: report.rows.map((r) => minutes(r.firstResponse.p90)) },
        ]}
        format={(v) => v.toLocaleString()}
      />
    </div>
  );
}

function Table({ report }: { report: ReportJson }) {
  const time = (seconds: number | null) => (seconds === null ? "—" : durationLabel(seconds));
  const conversationsOf = (key: string | null) => {
    if (key === null || report.by === "day") return null;
    const filter = { channel: "channel", agent: "agent", label: "label" }[report.by];
    return `/api/reports/conversations?${new URLSearchParams({ from: report.from, to: report.to, [filter]: key })}`;
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm [&_td]:px-3 [&_td]:py-1.5 [&_th]:px-3 [&_th]:py-2">
        <caption className="sr-only">The report&rsquo;s figures by {byNames[report.by].toLowerCase()}</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="font-medium">
              {byNames[report.by]}
            </th>
            <th scope="col" className="text-right font-medium">
              Opened
            </th>
            <th scope="col" className="text-right font-medium">
              Resolved
            </th>
            <th scope="col" className="text-right font-medium">
              First response, median
            </th>
            <th scope="col" className="text-right font-medium">
              90th percentile
            </th>
            <th scope="col" className="text-right font-medium">
              Resolution, median
            </th>
            <th scope="col" className="text-right font-medium">
              90th percentile
            </th>
            {report.by !== "day" && (
              <th scope="col">
                <span className="sr-only">Conversations</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {report.rows.map((row) => {
            const link = conversationsOf(row.key);
            return (
              <tr key={row.key ?? "none"} className="border-t border-slate-100">
                <th scope="row" className="text-left font-normal text-slate-900">
                  {report.by === "day" ? dayName(row.name) : row.name}
                </th>
                <td className="text-right">{row.opened.toLocaleString()}</td>
                <td className="text-right">{row.resolved.toLocaleString()}</td>
                <td className="text-right">{time(row.firstResponse.median)}</td>
                <td className="text-right">{time(row.firstResponse.p90)}</td>
                <td className="text-right">{time(row.resolution.median)}</td>
                <td className="text-right">{time(row.resolution.p90)}</td>
                {report.by !== "day" && (
                  <td className="text-right">
                    {link && (
                      <a href={link} download className="font-medium text-blue-800 hover:underline">
                        CSV<span className="sr-only"> of the conversations of {row.name}</span>
                      </a>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t border-slate-300 font-medium tabular-nums">
          <tr>
            <th scope="row" className="text-left">
              Total
            </th>
            <td className="text-right">{report.totals.opened.toLocaleString()}</td>
            <td className="text-right">{report.totals.resolved.toLocaleString()}</td>
            <td className="text-right">{time(report.totals.firstResponse.median)}</td>
            <td className="text-right">{time(report.totals.firstResponse.p90)}</td>
            <td className="text-right">{time(report.totals.resolution.median)}</td>
            <td className="text-right">{time(report.totals.resolution.p90)}</td>
            {report.by !== "day" && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
