// Dates as people read them in an inbox.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function relativeTime(iso: string, now = Date.now()): string {
  const diff = now - new Date(iso).getTime();
  if (diff < MINUTE) return "now";
  if (diff < 60 * MINUTE) return `${Math.floor(diff / MINUTE)}m`;
  if (diff < DAY) return `${Math.floor(diff / (60 * MINUTE))}h`;
  if (diff < 7 * DAY) return `${Math.floor(diff / DAY)}d`;
  return new Date(iso).toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

/** How long since `iso`, to the minute: "<1m", "12m", "2h 5m", "3d 4h". */
export function waitedFor(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / MINUTE));
  return minutes < 1 ? "<1m" : minutesLabel(minutes);
}

/** A length of time given in seconds: "45s", then as waitedFor says it ("12m", "2h 5m", "3d 4h"). */
export function durationLabel(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds)}s` : minutesLabel(Math.floor(seconds / 60));
}

function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${minutes % 60}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

export function dayLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (date.getTime() >= startOfToday) return "Today";
  if (date.getTime() >= startOfToday - DAY) return "Yesterday";
  return date.toLocaleDateString(undefined, { weekday: "long", month: "long", day: "numeric", year: "numeric" });
}

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
}

export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "Dec 4, 10:30 AM": a moment in the last year or so. */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** A conversation's address as people read it: a webchat visitor's id says nothing to a person. */
export const addressOf = (conversation: { channelType: string; channelIdentifier: string }) =>
  conversation.channelType !== "webchat"
    ? conversation.channelIdentifier
    : conversation.channelIdentifier.startsWith("user:")
      ? "Signed in on your website"
      : "Anonymous visitor";
