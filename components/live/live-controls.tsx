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
export function AlertsToggle() {
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
      {on ? "Alerts on" : "Alerts off"}
    </button>
  );
}
