"use client";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** A secret the server shows only once (an API token, an invitation or reset link): copy it now. */
export function ShownOnce({
  title,
  value,
  label,
  onDismiss,
}: {
  title: string;
  value: string;
  label: string;
  onDismiss: () => void;
}) {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <p className="text-sm font-medium text-emerald-950">{title}</p>
      <div className="flex gap-2">
        <input
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
        />
        <Button
          size="sm"
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => toast.success("Copied"),
              () => toast.error("Could not copy; select the text and copy it yourself"),
            )
          }
        >
          Copy
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Done
        </Button>
      </div>
    </div>
  );
}
