"use client";
import { useSyncExternalStore } from "react";

// One clock for everything on the page that shows a duration going up (a row's waiting time):
// a single timer, however many rows subscribe, and none while nothing does. The time is the
// current 30-second step, so the server's render and the browser's first one mostly agree (where
// a step passes between them, the text is marked as allowed to differ).

const STEP_MS = 30_000;
const step = () => Math.floor(Date.now() / STEP_MS) * STEP_MS;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, STEP_MS / 3);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time now, to the 30-second step, moving while the component is shown. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, step, step);
}
