"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { channelLabels } from "@/components/ui/channel-icon";
import { getContact, getConversation, getMessages } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { useLiveEvents } from "@/lib/queries/live-events";
import { onIncomingMessage } from "@/lib/queries/live-status";
import { useInboxCounts } from "@/lib/queries/use-inbox";
import { alertsEnabled, playChime } from "./alerts";

// Mounted once for every signed-in page: the live event stream, the unseen count of Mine in the
// tab's title and icon (so a background tab says something arrived), and the optional alerts.
export function LiveUpdates() {
  const viewer = useViewer();
  useLiveEvents(viewer.id);
  useUnseenBadge();
  useNewMessageAlerts(viewer.id);
  return null;
}

const UNSEEN_MINE = { status: "open", unseen: true } as const;

function useUnseenBadge() {
  const unseen = useInboxCounts(UNSEEN_MINE).data?.counts.mine ?? 0;
  useEffect(() => {
    // Next.js writes the page's own title and icon into <head>, sometimes after this effect has
    // run (streamed metadata, a navigation): the count is put back whenever <head> changes.
    const apply = () => {
      const base = document.title.replace(/^\(\d+\+?\) /, "");
      const title = unseen > 0 ? `(${unseen}) ${base}` : base;
      if (document.title !== title) document.title = title;
      const icon = document.querySelector<HTMLLinkElement>("link[rel~='icon']");
      if (!icon) return;
      icon.dataset.original ??= icon.href;
      const href = unseen > 0 ? badgeIcon(unseen) : icon.dataset.original;
      if (icon.href !== href) icon.href = href;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [unseen]);
}

/** The app's icon with a red count in its corner, as an SVG data URL. */
function badgeIcon(count: number): string {
  const label = count > 99 ? "99+" : String(count);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4ed8"/><path d="M7 9h18v11H12l-5 4V9z" fill="#fff"/><circle cx="23" cy="9" r="9" fill="#dc2626"/><text x="23" y="13" font-size="${label.length > 2 ? 7 : 11}" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="#fff">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A contact's new message in a thread assigned to you, or to no one: a chime and a desktop
 *  notification (who wrote, on which channel, and their first words), when you turned them on
 *  (off by default) and the tab is not in front. */
function useNewMessageAlerts(viewerId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onIncomingMessage(async ({ conversationId, messageId }) => {
        const wanted = alertsEnabled();
        if (!wanted.sound && !wanted.desktop) return;
        if (document.visibilityState === "visible") return;
        const conversation = await queryClient
          .fetchQuery({
            queryKey: conversationKeys.detail(conversationId),
            queryFn: ({ signal }) => getConversation(conversationId, { signal }),
          })
          .catch(() => null);
        if (!conversation) return;
        const assignees = conversation.assignees.map((a) => a._id);
        if (assignees.length > 0 && !assignees.includes(viewerId)) return;
        if (wanted.sound) playChime();
        if (wanted.desktop && "Notification" in window && Notification.permission === "granted") {
          const [contact, newest] = await Promise.all([
            getContact(conversation.contactId, {}).catch(() => null),
            getMessages(conversationId, undefined, 5, {}).catch(() => null),
          ]);
          const message = newest?.messages.find((m) => m._id === messageId);
          const words = message?.body.trim() || (message?.attachments.length ? "Sent an attachment" : "New message");
          const notification = new Notification(`${contact?.fullName ?? conversation.channelIdentifier}`, {
            tag: conversationId,
            body: `${channelLabels[conversation.channelType]}: ${words.length > 140 ? `${words.slice(0, 139)}…` : words}`,
          });
          notification.onclick = () => {
            window.focus();
            window.location.assign(`/inbox?c=${conversationId}`);
          };
        }
      }),
    [queryClient, viewerId],
  );
}
