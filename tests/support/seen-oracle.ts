/**
 * Seen state is per user. A conversation is "updated" for a user when they marked it unseen, or
 * when an incoming message arrived after they last opened it (or they never did).
 */
export function isUpdatedFor(
  conversation: { lastIncomingAt: Date | null },
  seen: { seenAt: Date | null; markedUnseen: boolean } | undefined,
): boolean {
  if (seen?.markedUnseen) return true;
  if (!conversation.lastIncomingAt) return false;
  return !seen?.seenAt || seen.seenAt < conversation.lastIncomingAt;
}
