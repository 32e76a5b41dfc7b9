import { describe, expect, it } from "vitest";
import { isValidTwilioSignature, twilioSignature } from "./signature";

// Twilio's documented example (the one its helper libraries test against).
const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
const params = new URLSearchParams({
  CallSid: "CA1234567890ABCDE",
  Caller: "+14158675309",
  Digits: "1234",
  From: "+14158675309",
  To: "+18005551212",
});
const authToken = "12345";
const documented = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

describe("Twilio request signature", () => {
  it("matches Twilio's published example", () => {
    expect(twilioSignature(url, params, authToken)).toBe(documented);
    expect(isValidTwilioSignature(documented, url, params, authToken)).toBe(true);
  });

  it("refuses a wrong token, a changed parameter, another URL, or no signature", () => {
    expect(isValidTwilioSignature(documented, url, params, "54321")).toBe(false);
    const changed = new URLSearchParams(params);
    changed.set("Digits", "1235");
    expect(isValidTwilioSignature(documented, url, changed, authToken)).toBe(false);
    // What a proxy that rewrote the scheme would make the app see.
    expect(isValidTwilioSignature(documented, url.replace("https:", "http:"), params, authToken)).toBe(false);
    expect(isValidTwilioSignature(null, url, params, authToken)).toBe(false);
    expect(isValidTwilioSignature("short", url, params, authToken)).toBe(false);
  });

  it("does not depend on the order parameters arrive in", () => {
    const reordered = new URLSearchParams([...params].reverse());
    expect(twilioSignature(url, reordered, authToken)).toBe(documented);
  });
});
