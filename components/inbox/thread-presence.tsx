"use client";
import { useCallback, useEffect, useRef } from "react";
import { PRESENCE_TTL_MS } from "@/lib/events/events";
import { postPresence } from "@/lib/queries/endpoints";
import { useLiveStatus, usePresence } from "@/lib/queries/live-status";

// Who else is on a thread: each tab says "viewing" when it opens one and again at half the
// presence lifetime, "typing" while keys are pressed, and "left" when it closes the thread; a tab
// that vanishes without a word drops out when its last announcement lapses.

const TYPING_REPEAT_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

// A tab's announcements leave one after another (each waits for the previous, at most a second),
// so that the server hears them in the order they were made: a "viewing" sent just before the
// first key must not arrive after the "typing" and undo it.
let previous: Promise<unknown> = Promise.resolve();

/** Whether it was heard: presence is a courtesy, never an error on screen. */
function announce(conversationId: string, state: "joined" | "viewing" | "typing" | "left", keepalive = false) {
  const send = () =>
    postPresence(conversationId, state, { keepalive }).then(
      () => true,
      () => false,
    );
  // Leaving as the page goes cannot wait: it is said at once.
  const heard = keepalive
    ? send()
    : Promise.race([previous, new Promise((resolve) => setTimeout(resolve, 1_000))]).then(send);
  previous = heard;
  return heard;
}

/** What a tab is doing now, said again whenever it says anything: an answer to someone joining
 *  while keys are being pressed must not tell them we stopped typing. */
const doing = (lastTyping: { current: number }) => (lastTyping.current > 0 ? "typing" : "viewing");

/** Announces this tab on the thread while it is open; returns what the composer calls on a keystroke. */
export function usePresenceAnnouncer(conversationId: string): () => void {
  const lastTyping = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const live = useLiveStatus() === "live";
  // Joining (once this tab's stream is open, so that the answers reach it) asks the others to say
  // they are here; someone else joining, or first heard of, is answered the same way.
  const others = usePresence(conversationId)
    .map((p) => `${p.userId}:${p.greetings}`)
    .join();
  useEffect(() => {
    if (live) announce(conversationId, "joined");
  }, [conversationId, live]);
  useEffect(() => {
    if (live && others) announce(conversationId, doing(lastTyping));
  }, [conversationId, live, others]);
  useEffect(() => {
    const repeat = setInterval(() => {
      if (document.visibilityState === "visible") announce(conversationId, doing(lastTyping));
    }, PRESENCE_TTL_MS / 2);
    // A reload or a closed tab leaves too: said with keepalive, which outlives the page (else the
    // others saw "typing…" until it lapsed).
    const leave = () => announce(conversationId, "left", true);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      clearInterval(repeat);
      clearTimeout(idle.current);
      lastTyping.current = 0;
      announce(conversationId, "left");
    };
  }, [conversationId]);

  return useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current > TYPING_REPEAT_MS) {
      lastTyping.current = now;
      // Refused (too many at once): the next keystroke says it again.
      void announce(conversationId, "typing").then((heard) => {
        if (!heard) lastTyping.current = 0;
      });
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      lastTyping.current = 0;
      announce(conversationId, "viewing");
    }, TYPING_IDLE_MS);
  }, [conversationId]);
}

/** "Jamie is typing…", "Sam and Alex are also here". */
export function ThreadPresence({ conversationId }: { conversationId: string }) {
  const people = usePresence(conversationId);
  const typing = people.filter((p) => p.typing).map((p) => p.name);
  const viewing = people.filter((p) => !p.typing).map((p) => p.name);
  const parts = [
    typing.length > 0 && `${listNames(typing)} ${typing.length === 1 ? "is" : "are"} typing…`,
    viewing.length > 0 && `${listNames(viewing)} ${viewing.length === 1 ? "is" : "are"} also here`,
  ].filter(Boolean);
  return (
    <p aria-live="polite" data-testid="thread-presence" className="min-h-4 px-3 text-xs text-violet-800">
      {parts.join(" · ")}
    </p>
  );
}

const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
