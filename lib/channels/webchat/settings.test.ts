import { describe, expect, it } from "vitest";
import { isOpen } from "@/lib/business-hours";
import { browserOf } from "./browser";
import { isAllowedOrigin, origin, webchatSettingsInput } from "./settings";
import { forVisitor } from "./visitor-events";

describe("allowed origins", () => {
  const allowed = ["https://www.example.com", "http://localhost:8080", "https://*.shop.example"];

  it.each([
    ["https://www.example.com", true],
    ["https://WWW.EXAMPLE.COM", true],
    ["http://www.example.com", false], // another scheme
    ["https://www.example.com:8443", false], // another port
    ["https://example.com", false],
    ["https://www.example.com.evil.test", false],
    ["http://localhost:8080", true],
    ["http://localhost:8081", false],
    ["https://a.shop.example", true],
    ["https://a.b.shop.example", true],
    ["https://shop.example", false], // a wildcard is for subdomains only
    ["https://evilshop.example", false],
    ["http://a.shop.example", false],
    ["null", false],
    [null, false],
  ])("%s is %s", (candidate, expected) => {
    expect(isAllowedOrigin(candidate, allowed)).toBe(expected);
  });

  it.each([
    ["https://www.example.com/", "https://www.example.com"],
    ["HTTPS://Example.COM:8443", "https://example.com:8443"],
    ["https://*.example.com", "https://*.example.com"],
  ])("takes %s as %s", (given, stored) => {
    expect(origin.parse(given)).toBe(stored);
  });

  it.each([
    "example.com",
    "https://www.example.com/path",
    "https://*.*.example.com",
    "https://www.*.example.com",
    "https://*",
    "ftp://example.com",
    "https://user@example.com",
    "https://example.com?x=1",
  ])("refuses %s", (given) => {
    expect(origin.safeParse(given).success).toBe(false);
  });

  it("needs at least one website", () => {
    expect(webchatSettingsInput.allowedOrigins.safeParse([]).success).toBe(false);
  });
});

describe("business hours", () => {
  const weekdays = {
    mon: ["09:00", "17:00"],
    tue: ["09:00", "17:00"],
    wed: null,
    thu: null,
    fri: null,
    sat: null,
    sun: null,
  } as const;
  const hours = {
    ...weekdays,
    mon: ["09:00", "17:00"] as [string, string],
    tue: ["09:00", "17:00"] as [string, string],
  };

  it("is always open without hours", () => {
    expect(isOpen(null, "UTC", new Date("2026-12-06T03:00:00Z"))).toBe(true);
  });

  it("opens at the hour in the organization's time zone and closes at the end", () => {
    // Monday 2026-12-07; Paris is UTC+1 in December.
    expect(isOpen(hours, "Europe/Paris", new Date("2026-12-07T07:59:00Z"))).toBe(false);
    expect(isOpen(hours, "Europe/Paris", new Date("2026-12-07T08:00:00Z"))).toBe(true);
    expect(isOpen(hours, "Europe/Paris", new Date("2026-12-07T15:59:00Z"))).toBe(true);
    expect(isOpen(hours, "Europe/Paris", new Date("2026-12-07T16:00:00Z"))).toBe(false);
    expect(isOpen(hours, "UTC", new Date("2026-12-07T16:30:00Z"))).toBe(true);
  });

  it("is closed on a day without hours, whatever the time", () => {
    expect(isOpen(hours, "UTC", new Date("2026-12-09T12:00:00Z"))).toBe(false);
  });

  it("refuses a day that closes before it opens", () => {
    expect(webchatSettingsInput.businessHours.safeParse({ ...weekdays, mon: ["17:00", "09:00"] }).success).toBe(false);
    expect(webchatSettingsInput.businessHours.safeParse({ ...weekdays, mon: ["9:00", "17:00"] }).success).toBe(false);
  });
});

describe("a visitor's browser", () => {
  it.each([
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome 131 on macOS",
    ],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox 133 on Windows"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Safari 18 on iOS",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge 131 on Windows",
    ],
    ["curl/8.5.0", undefined],
    [null, undefined],
  ])("%s is %s", (ua, expected) => {
    expect(browserOf(ua)).toBe(expected);
  });
});

describe("what a visitor hears", () => {
  const event = (kind: string, data: Record<string, unknown>, sender?: string) =>
    ({ id: "1-0", kind, data, audience: { unresolved: true, also: [] }, sender }) as never;

  it("hears a reply once it is on its way, not while queued or when it fails", () => {
    expect(forVisitor(event("message.created", { status: "queued" }, "USER"))).toBeNull();
    expect(forVisitor(event("message.updated", { status: "sent" }, "USER"))).toEqual({ kind: "message", data: {} });
    expect(forVisitor(event("message.updated", { status: "read" }, "USER"))).toBeNull();
    expect(forVisitor(event("message.updated", { status: "failed" }, "USER"))).toBeNull();
    expect(forVisitor(event("message.created", { status: "sent" }, "AI"))).toEqual({ kind: "message", data: {} });
  });

  it("never hears a system stamp, a draft or a conversation's changes", () => {
    expect(forVisitor(event("message.created", { status: "sent" }, "SYSTEM"))).toBeNull();
    expect(forVisitor(event("draft.updated", { conversationId: "c" }))).toBeNull();
    expect(forVisitor(event("conversation.updated", { conversationId: "c" }))).toBeNull();
    expect(forVisitor(event("conversation.deleted", { conversationId: "c" }))).toBeNull();
  });

  it("hears an agent typing by name only, and seen", () => {
    const typing = forVisitor(
      event("presence", { userId: "u1", name: "Ada Agent", typing: true, conversationId: "c" }),
    );
    expect(typing).toEqual({ kind: "typing", data: { name: "Ada Agent", typing: true } });
    expect(forVisitor(event("presence", { userId: "u1", name: "Ada", typing: true, left: true }))).toEqual({
      kind: "typing",
      data: { name: "Ada", typing: false },
    });
    expect(forVisitor(event("seen.updated", { conversationId: "c" }))).toEqual({ kind: "seen", data: {} });
  });
});
