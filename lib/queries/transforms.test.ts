import { describe, expect, it } from "vitest";
import type { ConversationJson } from "@/lib/conversations/json";
import type { UserJson } from "@/lib/users/json";
import {
  appendNewestMessage,
  mapRows,
  mergeNewestMessages,
  placeRows,
  removeRows,
  withAssignees,
  withConversation,
  withResolved,
  withSnooze,
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

  it("snoozes (reopening) and wakes a copy; a woken conversation's answer takes the snooze off its row", () => {
    const resolved = withResolved(conversation, true);
    const snoozed = withSnooze(resolved, { until: "2026-03-30T09:00" }, "Europe/Paris");
    expect(snoozed).toMatchObject({ isResolved: false, snooze: { until: "2026-03-30T07:00:00.000Z" } });
    expect(withSnooze(conversation, { untilReply: true }, "UTC").snooze).toEqual({ until: null });
    expect(withSnooze(snoozed, null, "UTC")).not.toHaveProperty("snooze");
    const row = {
      ...snoozed,
      labels: [],
      waitingSince: "2026-03-29T07:00:00.000Z",
      updatedAt: "2026-03-29T07:00:00.000Z",
    };
    const woken = withConversation(row, { ...conversation, updatedAt: "2026-03-29T08:00:00.000Z" });
    expect(woken).not.toHaveProperty("snooze");
    expect(woken.waitingSince).toBe(row.waitingSince);
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

describe("placing a list's changed rows", () => {
  const at = (_id: string, minute: number) => ({
    _id,
    lastMessageTime: `2026-01-01T00:${String(minute).padStart(2, "0")}:00.000Z`,
  });
  const list = (pages: { rows: ReturnType<typeof at>[]; next: string | null }[]) => ({
    pageParams: pages.map((_, i) => (i === 0 ? undefined : `p${i}`)),
    pages: pages.map((page) => ({ conversations: page.rows, nextCursor: page.next })),
  });
  const ids = (data: { pages: { conversations: { _id: string }[] }[] } | undefined) =>
    data?.pages.map((p) => p.conversations.map((r) => r._id));

  it("moves a row with a new message to the top, and takes out one the list no longer holds", () => {
    const data = list([
      { rows: [at("a", 50), at("b", 40)], next: "p1" },
      { rows: [at("c", 30), at("d", 20)], next: null },
    ]);
    expect(ids(placeRows(data, new Set(["c", "b"]), [at("c", 55)]))).toEqual([["c", "a"], ["d"]]);
    expect(ids(data)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("puts a new row in order, ties broken by the larger id, as the server pages", () => {
    const data = list([{ rows: [at("b", 50), at("d", 40)], next: null }]);
    expect(ids(placeRows(data, new Set(["c", "e"]), [at("c", 50), at("e", 40)]))).toEqual([["c", "b", "e", "d"]]);
  });

  it("leaves out a row older than everything loaded while pages remain, and appends it once all are loaded", () => {
    const more = list([{ rows: [at("a", 50)], next: "p1" }]);
    expect(ids(placeRows(more, new Set(["z"]), [at("z", 10)]))).toEqual([["a"]]);
    const all = list([{ rows: [at("a", 50)], next: null }]);
    expect(ids(placeRows(all, new Set(["z"]), [at("z", 10)]))).toEqual([["a", "z"]]);
    expect(placeRows(undefined, new Set(["z"]), [at("z", 10)])).toBeUndefined();
  });
});
