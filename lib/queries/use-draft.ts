"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { type DraftJson, getDraft, putDraft } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";

// The viewer's draft of a thread, kept on the server: read once per thread, saved a moment after typing
// stops, on leaving the thread, and as the page goes away. Each save carries this composer's name and
// a revision that grows with it, so that the server never lets an older save (a debounced one still
// on its way) overwrite a newer one (the one sent as the page went away), whichever arrives last.

const SAVE_AFTER_MS = 600;

// The words a page had not saved as it went away, kept in this tab across its reload: the reloaded
// page shows them whether or not the save sent with the old page has reached the server yet.
const unsentKey = (conversationId: string) => `inbox:unsent-draft:${conversationId}`;

/** What this tab's previous page had not saved of this thread's draft (taken once), or null. */
export function takeUnsent(conversationId: string): string | null {
  try {
    const text = sessionStorage.getItem(unsentKey(conversationId));
    sessionStorage.removeItem(unsentKey(conversationId));
    return text;
  } catch {
    return null; // storage refused (private mode, a policy): the server's copy stands
  }
}

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
  // This composer (a name of no secrecy: crypto.randomUUID needs https), and its saves in the order
  // the person typed them.
  const editor = useMemo(() => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, []);
  const revision = useRef(0);

  /** The words typed since the last save, as the next revision; null when there are none. */
  const take = useCallback(() => {
    const text = pending.current;
    if (text === null) return null;
    pending.current = null;
    revision.current += 1;
    return { text, edit: { editor, revision: revision.current } };
  }, [editor]);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const next = take();
    if (!next) return inFlight.current;
    inFlight.current = inFlight.current
      .then(() => putDraft(conversationId, next.text, next.edit))
      .then((saved: DraftJson) => queryClient.setQueryData(conversationKeys.draft(conversationId), saved))
      .catch(() => {}); // the next keystroke saves again; the text is still in the composer
    return inFlight.current;
  }, [conversationId, queryClient, take]);

  useEffect(() => {
    // A reload or a closed tab: the last words go out with the page (keepalive outlives it), at once,
    // not behind a save still on its way; their revision is the newest, so that one cannot undo them.
    const onPageHide = () => {
      clearTimeout(timer.current);
      const next = take();
      if (!next) return;
      void putDraft(conversationId, next.text, next.edit, { keepalive: true }).catch(() => {});
      try {
        sessionStorage.setItem(unsentKey(conversationId), next.text);
      } catch {
        // storage refused: the save above still carries the words
      }
    };
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      void save(); // leaving the thread
    };
  }, [conversationId, save, take]);

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
