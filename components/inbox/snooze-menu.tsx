"use client";
import { useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { Popover, PopoverClose } from "@/components/ui/popover";
import type { SnoozeJson } from "@/lib/conversations/json";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import {
  presetTime,
  snoozeLabel,
  snoozePresetLabels,
  snoozePresets,
  toWallTime,
  wallTime,
} from "@/lib/conversations/snooze-times";

type Props = {
  trigger: React.ReactNode;
  /** The panel's accessible name. */
  label: string;
  onSnooze: (snooze: SnoozeSpec) => void;
  /** The snooze now in force, offered to end (a thread's own menu). */
  current?: SnoozeJson;
  onWake?: () => void;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/**
 * Until when: later today, tomorrow morning, next week (each with the time it means, in the
 * organization's time zone), until the contact replies, or a date and time picked (in that zone
 * too); and, while snoozed, Wake now. Opened with `z` on a thread.
 */
export function SnoozeMenu({ trigger, label, onSnooze, current, onWake, open, onOpenChange }: Props) {
  const { timeZone } = useViewer();
  const [picked, setPicked] = useState("");
  const [error, setError] = useState<string | null>(null);
  // Read when the menu opens, not once per page: "later today" moves with the clock.
  const [now, setNow] = useState(() => new Date());
  const when = (moment: Date) => snoozeLabel(moment.toISOString(), timeZone, now).replace(/^until /, "");

  function pick(event: React.FormEvent) {
    event.preventDefault();
    const moment = wallTime(picked, timeZone);
    if (!moment) return setError("Choose a date and a time.");
    if (moment.getTime() <= Date.now()) return setError("That time has already passed.");
    setError(null);
    onSnooze({ until: picked });
    onOpenChange?.(false);
  }

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next) setNow(new Date());
        onOpenChange?.(next);
      }}
      align="end"
      width="w-72"
      label={label}
      trigger={trigger}
    >
      {current && (
        <div className="mb-1 flex items-center justify-between gap-2 border-b border-slate-200 px-2 pb-1.5 text-sm">
          <span className="text-slate-700">Snoozed {snoozeLabel(current.until, timeZone, now)}</span>
          {onWake && (
            <PopoverClose asChild>
              <Button size="sm" onClick={onWake} className="shrink-0 whitespace-nowrap">
                Wake now
              </Button>
            </PopoverClose>
          )}
        </div>
      )}
      <ul aria-label="Snooze until">
        {snoozePresets.map((preset) => (
          <li key={preset}>
            <PopoverClose asChild>
              <button
                type="button"
                onClick={() => onSnooze({ preset })}
                className="flex w-full items-baseline justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm text-slate-900 hover:bg-slate-100 focus-visible:bg-slate-100"
              >
                {snoozePresetLabels[preset]}
                <span className="text-xs text-slate-600">{when(presetTime(preset, timeZone, now))}</span>
              </button>
            </PopoverClose>
          </li>
        ))}
        <li>
          <PopoverClose asChild>
            <button
              type="button"
              onClick={() => onSnooze({ untilReply: true })}
              className="w-full rounded-md px-2 py-1.5 text-left text-sm text-slate-900 hover:bg-slate-100 focus-visible:bg-slate-100"
            >
              Until they reply
            </button>
          </PopoverClose>
        </li>
      </ul>
      <form onSubmit={pick} className="mt-1 border-t border-slate-200 px-2 pt-2" noValidate>
        <label htmlFor="snooze-at" className="block text-xs font-medium text-slate-700">
          A date and time <span className="font-normal text-slate-600">({timeZone})</span>
        </label>
        <div className="mt-1 flex gap-1.5">
          <input
            id="snooze-at"
            type="datetime-local"
            value={picked}
            min={toWallTime(now, timeZone)}
            onChange={(e) => setPicked(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "snooze-at-error" : undefined}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-blue-600 focus:outline-none"
          />
          <Button size="sm" type="submit">
            Snooze
          </Button>
        </div>
        {error && (
          <p id="snooze-at-error" role="alert" className="mt-1 text-xs text-red-800">
            {error}
          </p>
        )}
      </form>
    </Popover>
  );
}
