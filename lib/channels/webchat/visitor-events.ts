import type { LiveEvent } from "@/lib/events/events";

// What a webchat visitor hears of their conversation's live events (./events.ts sends it). Pure.

export type VisitorEvent = { kind: "message" | "typing" | "seen"; data: Record<string, unknown> };

const REPLY_VISIBLE = new Set(["sent", "delivered", "read"]);

/** What a visitor hears of one event of their conversation, or null: nothing. */
export function forVisitor(event: LiveEvent): VisitorEvent | null {
  const { kind, data, sender } = event;
  if (event.note) return null;
  if (kind === "message.created" || kind === "message.updated") {
    // Their own message (from another tab), once; a reply when it is handed to them.
    if (sender === "CONTACT") return kind === "message.created" ? { kind: "message", data: {} } : null;
    if (sender !== "USER" && sender !== "AI") return null;
    const visible = REPLY_VISIBLE.has(data.status ?? "");
    const justNow = kind === "message.created" || data.status === "sent";
    return visible && justNow ? { kind: "message", data: {} } : null;
  }
  if (kind === "presence" && data.name) {
    return { kind: "typing", data: { name: data.name, typing: Boolean(data.typing && !data.left) } };
  }
  if (kind === "seen.updated") return { kind: "seen", data: {} };
  return null;
}
