// What a bulk action does to one conversation: a pure rule, used by the server's bulk update and by
// the browser's optimistic copy of it, so the two cannot disagree.

export const bulkActions = [
  "assign",
  "unassign",
  "resolve",
  "reopen",
  "label",
  "unlabel",
  "snooze",
  "unsnooze",
] as const;
export type BulkAction = (typeof bulkActions)[number];

export type ConversationChanges = {
  assignees?: string[];
  isResolved?: boolean;
  /** The autopilot, and the process it follows (lib/ai/). */
  isAutopilot?: boolean;
  process?: string | null;
  /** Snoozed until a time, or (null) until the contact writes; `false`: awake. Snoozing reopens;
   *  resolving wakes (lib/conversations/snooze.ts). */
  snooze?: { until: string | null } | false;
};

/** assign adds `userIds` to the current assignees; unassign removes them (none given: everyone);
 *  snooze sets the conversation aside until `snoozeUntil`.
 *  label and unlabel change no field of the conversation itself (lib/labels/labels.ts). */
export function applyBulkAction(
  currentAssignees: string[],
  action: BulkAction,
  userIds: string[],
  /** For snooze: until when (an ISO time), or null: until the contact writes. */
  snoozeUntil: string | null = null,
): ConversationChanges {
  switch (action) {
    case "assign":
      return { assignees: [...new Set([...currentAssignees, ...userIds])] };
    case "unassign":
      return { assignees: userIds.length ? currentAssignees.filter((id) => !userIds.includes(id)) : [] };
    case "resolve":
      return { isResolved: true };
    case "reopen":
      return { isResolved: false };
    case "snooze":
      return { snooze: { until: snoozeUntil } };
    case "unsnooze":
      return { snooze: false };
    case "label":
    case "unlabel":
      return {};
  }
}
