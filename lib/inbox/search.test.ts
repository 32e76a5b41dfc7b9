import { describe, expect, it } from "vitest";
import { highlighted, withMatch } from "@/lib/inbox/search";

// The snippet's marks (private-use characters from ts_headline) become plain text and offsets.

describe("highlighted", () => {
  it("turns marked runs into [start, end) offsets of the plain text", () => {
    expect(highlighted("Any news on the \uE000refund\uE001? \uE000Refund\uE001 please")).toEqual({
      snippet: "Any news on the refund? Refund please",
      highlights: [
        [16, 22],
        [24, 30],
      ],
    });
  });

  it("counts in UTF-16 code units, as JavaScript indexes strings", () => {
    const { snippet, highlights } = highlighted("👋 \uE000café\uE001");
    expect(highlights).toEqual([[3, 7]]);
    expect(snippet.slice(3, 7)).toBe("café");
  });

  it("leaves text without marks whole, and ignores an empty or unclosed mark", () => {
    expect(highlighted("plain")).toEqual({ snippet: "plain", highlights: [] });
    expect(highlighted("a\uE000\uE001b \uE000c")).toEqual({ snippet: "ab c", highlights: [] });
  });
});

describe("withMatch", () => {
  it("adds the match as the row's last key", () => {
    const row = withMatch('{"_id":"x"}', {
      id: "m1",
      createdAt: "2026-12-05T10:00:00.000Z",
      snippet: "\uE000hi\uE001",
    });
    expect(JSON.parse(row)).toEqual({
      _id: "x",
      match: { messageId: "m1", createdAt: "2026-12-05T10:00:00.000Z", snippet: "hi", highlights: [[0, 2]] },
    });
  });
});
