"use client";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { useLiveStatus } from "@/lib/queries/live-status";
import { type AlertSettings, alertsEnabled, saveAlerts } from "./alerts";

/** Says when updates are not arriving live, so that what the page shows is never taken as current. */
export function ConnectionStatus() {
  const status = useLiveStatus();
  if (status === "live" || status === "connecting") return null;
  return (
    <span
      role="status"
      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
      title="Updates are fetched every few seconds until the connection is back"
    >
      {status === "reconnecting" ? "Reconnecting…" : "Live updates paused"}
    </span>
  );
}

/** The one control for new-message alerts: a chime, and a desktop notification where allowed. */
/** `compact`: a bell in a crowded header (its words for screen readers, and on wide screens). */
export function AlertsToggle({ compact = false }: { compact?: boolean }) {
  const [settings, setSettings] = useState<AlertSettings>({ sound: false, desktop: false });
  useEffect(() => setSettings(alertsEnabled()), []);
  const on = settings.sound || settings.desktop;

  async function toggle() {
    if (on) {
      const off = { sound: false, desktop: false };
      saveAlerts(off);
      setSettings(off);
      return;
    }
    let desktop = false;
    if ("Notification" in window) {
      const permission =
        Notification.permission === "default" ? await Notification.requestPermission() : Notification.permission;
      desktop = permission === "granted";
      if (!desktop) toast.info("Desktop notifications are blocked in this browser; you will hear a chime only.");
    }
    const next = { sound: true, desktop };
    saveAlerts(next);
    setSettings(next);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={on}
      title="A chime and a desktop notification when a contact writes in a thread assigned to you or to no one, while this tab is in the background"
      className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-pressed:bg-blue-50 aria-pressed:text-blue-800"
    >
      {compact && <BellIcon off={!on} />}
      <span className={compact ? "sr-only 2xl:not-sr-only 2xl:ml-1" : undefined}>
        {on ? "Alerts on" : "Alerts off"}
      </span>
    </button>
  );
}

/** A bell (struck through when off), drawn so that it shows without an emoji font. */
function BellIcon({ off }: { off: boolean }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      className="inline size-4 align-[-3px]"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      {off && <path d="M3 3l18 18" />}
    </svg>
  );
}
