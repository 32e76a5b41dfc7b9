"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { type DraftJson, getDraft, putDraft } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";

// The composer's draft on the server (lib/drafts): read once per thread, saved a moment after typing
// stops, on leaving the thread, and as the page goes away.

const SAVE_AFTER_MS = 600;

export function useDraft(conversationId: string) {
  return useQuery({
    queryKey: conversationKeys.draft(conversationId),
    queryFn: ({ signal }) => getDraft(conversationId, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useDraftSaver(conversationId: string) {
  const queryClient = useQueryClient();
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return inFlight.current;
    pending.current = null;
    inFlight.current = inFlight.current
      .then(() => putDraft(conversationId, text))
      .then((saved: DraftJson) => queryClient.setQueryData(conversationKeys.draft(conversationId), saved))
      .catch(() => {}); // the next keystroke saves again; the text is still in the composer
    return inFlight.current;
  }, [conversationId, queryClient]);

  useEffect(() => {
    // A reload or a closed tab: the last words go out with the page (keepalive outlives it).
    const onPageHide = () => {
      if (pending.current === null) return;
      void fetch(`/api/conversation/${conversationId}/draft`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ body: pending.current }),
        keepalive: true,
      });
      pending.current = null;
    };
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      void save(); // leaving the thread
    };
  }, [conversationId, save]);

  return useMemo(
    () => ({
      /** Typing: saved once it pauses. */
      schedule(text: string) {
        pending.current = text;
        clearTimeout(timer.current);
        timer.current = setTimeout(save, SAVE_AFTER_MS);
      },
      /** Before sending: nothing left to save, and no save still on its way (the reply ends the
       *  draft; a save landing after it would bring it back). */
      async settle() {
        clearTimeout(timer.current);
        pending.current = null;
        await inFlight.current;
      },
      sent() {
        queryClient.setQueryData(conversationKeys.draft(conversationId), null);
      },
    }),
    [conversationId, queryClient, save],
  );
}
