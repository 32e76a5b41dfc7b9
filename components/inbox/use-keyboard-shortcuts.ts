"use client";
import { useEffect, useRef } from "react";

export type ShortcutHandlers = Partial<
  Record<"j" | "k" | "enter" | "e" | "u" | "a" | "l" | "z" | "r" | "n" | "/" | "?" | "x" | "escape", () => void>
>;

/**
 * Single-key shortcuts for the whole page, ignored while typing in a field or while a dialog or
 * popover has focus, and never combined with Ctrl, Alt or Cmd (those belong to the browser).
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers) {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], [role='dialog']")) return;
      // Enter on a button or link already does that control's own thing.
      if (event.key === "Enter" && target?.closest("button, a")) return;
      const key = event.key === "Enter" || event.key === "Escape" ? event.key.toLowerCase() : event.key;
      const handler = current.current[key as keyof ShortcutHandlers];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
