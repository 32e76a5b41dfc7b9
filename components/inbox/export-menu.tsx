"use client";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";

const formats = [
  { format: "text", label: "Transcript (.txt)", hint: "To read or to forward" },
  { format: "csv", label: "Spreadsheet (.csv)", hint: "A row per message" },
  { format: "json", label: "JSON", hint: "Everything, as the API gives it" },
] as const;

/** Managers and admins download a conversation: each format a plain link the browser saves. */
export function ExportMenu({ conversationId, compact = false }: { conversationId: string; compact?: boolean }) {
  const viewer = useViewer();
  if (!canSeeWholeOrganization(viewer)) return null;
  const links = (
    <ul className="flex flex-col" aria-label="Export formats">
      {formats.map(({ format, label, hint }) => (
        <li key={format}>
          <a
            href={`/api/conversation/${conversationId}/export?format=${format}`}
            download
            className="flex flex-col rounded px-2 py-1.5 text-sm text-slate-900 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none"
          >
            {label}
            <span className="text-xs text-slate-600">{hint}</span>
          </a>
        </li>
      ))}
    </ul>
  );
  if (compact) {
    return (
      <div className="mt-1 border-t border-slate-200 pt-1">
        <p className="px-2 py-1 text-xs font-medium text-slate-600">Export</p>
        {links}
      </div>
    );
  }
  return (
    <Popover
      align="end"
      width="w-56"
      label="Export conversation"
      trigger={
        <Button size="sm" variant="ghost">
          Export
        </Button>
      }
    >
      {links}
    </Popover>
  );
}
