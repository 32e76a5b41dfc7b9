import { describe, expect, it } from "vitest";
import { type ActivityJson, activityLine } from "./schemas";

const ada = { _id: "a".repeat(24), fullName: "Ada" };
const sam = { _id: "b".repeat(24), fullName: "Sam" };
const step = (kind: ActivityJson["kind"], fields: Partial<ActivityJson> = {}): ActivityJson => ({
  _id: "1",
  kind,
  actor: null,
  automation: null,
  subject: null,
  detail: {},
  createdAt: "2026-12-05T10:00:00.000Z",
  ...fields,
});

describe("activityLine", () => {
  it("names who did it to whom, you as you, and what no person did", () => {
    expect(activityLine(step("assigned", { actor: ada, subject: sam }))).toBe("Ada assigned Sam");
    expect(activityLine(step("assigned", { actor: ada, subject: sam }), sam._id)).toBe("Ada assigned you");
    expect(activityLine(step("assigned", { actor: sam, subject: sam }))).toBe("Sam took it");
    expect(activityLine(step("unassigned", { actor: ada, subject: sam }), ada._id)).toBe("You unassigned Sam");
    expect(activityLine(step("assigned", { automation: { _id: ada._id, name: "Route" }, subject: sam }))).toBe(
      "Automation “Route” assigned Sam",
    );
    expect(activityLine(step("resolved"))).toBe("Resolved automatically");
    expect(activityLine(step("reopened"))).toBe("Reopened by a message from the contact");
    expect(activityLine(step("snoozed", { actor: ada, detail: { until: null } }))).toBe(
      "Ada snoozed it until they reply",
    );
    expect(
      activityLine(
        step("snoozed", { actor: ada, detail: { until: "2027-03-01T14:00:00.000Z" } }),
        sam._id,
        "Europe/Paris",
      ),
    ).toBe("Ada snoozed it until 1 Mar 15:00");
    expect(activityLine(step("autopilot.off"))).toBe("The autopilot handed it to a person");
    expect(activityLine(step("note.deleted", { actor: ada, subject: sam }))).toBe("Ada deleted a note by Sam");
    expect(activityLine(step("sign-in", { actor: sam, subject: sam }), sam._id)).toBe("You signed in");
    expect(
      activityLine(step("person.role", { actor: ada, subject: sam, detail: { from: "AGENT", to: "MANAGER" } })),
    ).toBe("Ada changed Sam's role from agent to manager");
  });
});
