import { describe, expect, it } from "vitest";
import { fillTemplate, missingMarker, templateValues } from "./templates";

describe("templates", () => {
  const contact = { fullName: "Dana Scully", phone: "+15551230000", email: null, attributes: { listing: "12 Elm St" } };
  const values = templateValues(contact, { fullName: "Fox Mulder" });

  it("fills the contact's and the agent's fields and any attribute", () => {
    expect(
      fillTemplate(
        "Hi {{contact.firstName}}, about {{ contact.listing }}: {{agent.firstName}} ({{agent.name}})",
        values,
        missingMarker,
      ),
    ).toEqual({ text: "Hi Dana, about 12 Elm St: Fox (Fox Mulder)", missing: [] });
  });

  it("marks what has no value instead of leaving a gap, and names it once", () => {
    expect(
      fillTemplate("Mail {{contact.email}} / {{contact.email}} {{contact.budget}}", values, missingMarker),
    ).toEqual({
      text: "Mail [contact.email?] / [contact.email?] [contact.budget?]",
      missing: ["contact.email", "contact.budget"],
    });
  });

  it("uses a variable's fallback only where it has no value", () => {
    expect(
      fillTemplate("Hi {{contact.budget|there}}, {{contact.name|you}}{{contact.email|}}!", values, missingMarker),
    ).toEqual({
      text: "Hi there, Dana Scully!",
      missing: [],
    });
  });

  it("leaves other braces alone", () => {
    expect(fillTemplate("{{name}} {{ other.x }} {contact.name}", values, missingMarker).text).toBe(
      "{{name}} {{ other.x }} {contact.name}",
    );
  });
});
