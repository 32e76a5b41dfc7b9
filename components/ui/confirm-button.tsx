"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A button for what cannot be undone, in two steps on the page itself: `label`, then what it does
 * (`warning`), the danger button `confirm` and Cancel. No browser dialog: it blocks the page and
 * reads as the browser's, not ours.
 */
export function ConfirmButton({
  label,
  confirm,
  warning,
  onConfirm,
  disabled,
}: {
  label: string;
  confirm: string;
  warning?: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-1">
      {warning && <span className="text-xs text-slate-700">{warning}</span>}
      <Button
        size="sm"
        variant="danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </span>
  );
}
