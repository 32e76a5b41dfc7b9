import { describe, expect, it } from "vitest";
import { applyBulkAction } from "./bulk-action";

describe("applyBulkAction", () => {
  it("assign adds without duplicates, keeping the current order first", () => {
    expect(applyBulkAction(["a", "b"], "assign", ["c", "a"])).toEqual({ assignees: ["a", "b", "c"] });
  });

  it("unassign removes the given users, or everyone when none are given", () => {
    expect(applyBulkAction(["a", "b", "c"], "unassign", ["b", "x"])).toEqual({ assignees: ["a", "c"] });
    expect(applyBulkAction(["a", "b"], "unassign", [])).toEqual({ assignees: [] });
  });

  it("resolve and reopen change only the resolution", () => {
    expect(applyBulkAction(["a"], "resolve", ["b"])).toEqual({ isResolved: true });
    expect(applyBulkAction(["a"], "reopen", [])).toEqual({ isResolved: false });
  });
});
