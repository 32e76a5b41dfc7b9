import { describe, expect, it } from "vitest";
import type { ConversationJson } from "@/lib/conversations/json";
import type { UserJson } from "@/lib/users/json";
import {
  appendNewestMessage,
  mapRows,
  mergeNewestMessages,
  removeRows,
  withAssignees,
  withResolved,
  withUpdatedFlag,
} from "./transforms";

const conversation = {
  _id: "c1",
  isResolved: false,
  resolvedAt: null,
  isUpdated: true,
  assignees: [],
} as unknown as ConversationJson;

const users = [
  { _id: "u1", fullName: "Ana", email: "ana@x.test", role: "AGENT", openAssigned: 0 },
  { _id: "u2", fullName: "Bo", email: "bo@x.test", role: "AGENT", openAssigned: 0 },
] as UserJson[];

describe("conversation transforms", () => {
  it("resolves with a time and reopens without one, leaving the input alone", () => {
    const resolved = withResolved(conversation, true, new Date("2026-01-02T03:04:05.000Z"));
    expect(resolved).toMatchObject({ isResolved: true, resolvedAt: "2026-01-02T03:04:05.000Z" });
    expect(conversation.isResolved).toBe(false);
    expect(withResolved(resolved, false)).toMatchObject({ isResolved: false, resolvedAt: null });
    expect(withResolved(resolved, true)).toBe(resolved);
  });

  it("sets the unseen flag and populated assignees", () => {
    expect(withUpdatedFlag(conversation, false).isUpdated).toBe(false);
    expect(withAssignees(conversation, ["u2", "missing"], users).assignees).toEqual([
      { _id: "u2", fullName: "Bo", email: "bo@x.test" },
    ]);
  });

  it("maps and removes rows across the pages of an infinite list", () => {
    const data = {
      pageParams: [undefined, "x"],
      pages: [
        { conversations: [{ _id: "a", n: 1 }], nextCursor: "x" },
        { conversations: [{ _id: "b", n: 1 }], nextCursor: null },
      ],
    };
    const mapped = mapRows(data, new Set(["b"]), (r) => ({ ...r, n: 2 }));
    expect(mapped?.pages.map((p) => p.conversations)).toEqual([[{ _id: "a", n: 1 }], [{ _id: "b", n: 2 }]]);
    expect(removeRows(data, new Set(["a"]))?.pages[0]?.conversations).toEqual([]);
    expect(mapRows(undefined, new Set(), (r) => r)).toBeUndefined();
  });
});

describe("mergeNewestMessages", () => {
  const m = (id: string, minute: number, status = "sent") => ({
    _id: id,
    createdAt: `2026-01-01T00:${String(minute).padStart(2, "0")}:00.000Z`,
    status,
  });
  const data = {
    pageParams: [undefined, "m2"],
    pages: [
      { messages: [m("m3", 3), m("m4", 4, "queued")], nextCursor: "m3" },
      { messages: [m("m1", 1), m("m2", 2)], nextCursor: null },
    ],
  };

  it("adds new messages and refreshes known ones in the newest page only", () => {
    const merged = mergeNewestMessages(data, [m("m2", 2, "read"), m("m4", 4, "delivered"), m("m5", 5)]);
    expect(merged?.pages[0]?.messages).toEqual([m("m3", 3), m("m4", 4, "delivered"), m("m5", 5)]);
    expect(merged?.pages[0]?.nextCursor).toBe("m3");
    expect(merged?.pages[1]).toBe(data.pages[1]);
  });
});

describe("appendNewestMessage", () => {
  it("adds the message to the end of the newest page only, and leaves an unloaded thread alone", () => {
    const data = {
      pageParams: [undefined, "m2"],
      pages: [
        { messages: [{ _id: "m3" }], nextCursor: "m3" },
        { messages: [{ _id: "m1" }], nextCursor: null },
      ],
    };
    const appended = appendNewestMessage(data, { _id: "m4" });
    expect(appended?.pages[0]?.messages).toEqual([{ _id: "m3" }, { _id: "m4" }]);
    expect(appended?.pages[1]).toBe(data.pages[1]);
    expect(appendNewestMessage(undefined, { _id: "m4" })).toBeUndefined();
  });
});
