import { describe, expect, it } from "vitest";
import { insertMention, mentionAt, mentionedIn, mentionParts, nameMatches } from "./mention-text";

const ada = { _id: "a", fullName: "Ada Lovelace" };
const al = { _id: "b", fullName: "Al" };

describe("mentionAt", () => {
  it("finds the @name being typed at the caret, at the start or after a space", () => {
    expect(mentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionAt("Ask @Ad", 7)).toEqual({ start: 4, query: "Ad" });
    expect(mentionAt("Ask @Ada Lo", 11)).toEqual({ start: 4, query: "Ada Lo" });
    expect(mentionAt("Ask @Ada Lo and", 15)).toBeNull();
    expect(mentionAt("mail me@example", 15)).toBeNull();
    expect(mentionAt("Ask @Ad later", 7)).toEqual({ start: 4, query: "Ad" });
    expect(mentionAt("Ask @Ad", 3)).toBeNull();
  });
});

describe("nameMatches", () => {
  it("takes each typed word as the start of one of the name's words, in any case", () => {
    expect(nameMatches("Ada Lovelace", "")).toBe(true);
    expect(nameMatches("Ada Lovelace", "lov")).toBe(true);
    expect(nameMatches("Ada Lovelace", "ada lo")).toBe(true);
    expect(nameMatches("Ada Lovelace", "ove")).toBe(false);
  });
});

describe("insertMention and mentionedIn", () => {
  it("puts the whole name where @query was, and finds who is still named", () => {
    const typed = "Ask @ad about it";
    const done = insertMention(typed, { start: 4, query: "ad" }, ada.fullName);
    expect(done).toEqual({ text: "Ask @Ada Lovelace  about it", caret: 18 });
    expect(mentionedIn(done.text, [ada, al])).toEqual(["a"]);
    expect(mentionedIn(done.text.replace("@Ada Lovelace", ""), [ada, al])).toEqual([]);
  });
});

describe("mentionParts", () => {
  it("cuts the text around each mention, the longest name first where one begins another", () => {
    expect(mentionParts("@Al and @Ada Lovelace, see this", [al, ada])).toEqual([
      { mention: al },
      { text: " and " },
      { mention: ada },
      { text: ", see this" },
    ]);
    expect(mentionParts("no one", [ada])).toEqual([{ text: "no one" }]);
    expect(mentionParts("", [])).toEqual([]);
  });
});
