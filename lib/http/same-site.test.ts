import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { assertSameSiteWrite } from "./same-site";

// Cookie writes from a browser without Sec-Fetch-Site are judged by Origin against the app's own
// origin: the configured public URL's, or the Host, with forwarded headers only from a trusted proxy.

const write = (headers: Record<string, string>) =>
  new NextRequest("http://app.internal:3000/api/conversation/seen", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
  });
const refused = (request: NextRequest, config: { NEXTAUTH_URL?: string; TRUST_PROXY: boolean }) => {
  try {
    assertSameSiteWrite(request, config);
    return false;
  } catch {
    return true;
  }
};

describe("the same-site check", () => {
  it("does not believe forwarded headers a client sends, unless the proxy is trusted", () => {
    const spoofed = write({
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(refused(spoofed, { TRUST_PROXY: false })).toBe(true);
    const proxied = write({
      origin: "https://inbox.example",
      "x-forwarded-host": "inbox.example",
      "x-forwarded-proto": "https",
    });
    expect(refused(proxied, { TRUST_PROXY: true })).toBe(false);
  });

  it("compares with the configured public URL when there is one", () => {
    const config = { NEXTAUTH_URL: "https://inbox.example/", TRUST_PROXY: true };
    expect(refused(write({ origin: "https://inbox.example" }), config)).toBe(false);
    expect(refused(write({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), config)).toBe(true);
  });

  it("accepts the Host's own origin without a configured URL", () => {
    expect(
      refused(write({ origin: "http://app.internal:3000", host: "app.internal:3000" }), { TRUST_PROXY: false }),
    ).toBe(false);
  });

  it("takes a DELETE without a body with no content type, and still refuses it cross-site (security review L5)", () => {
    const remove = (headers: Record<string, string>) =>
      new NextRequest("http://app.internal:3000/api/account/sessions", { method: "DELETE", headers });
    const config = { TRUST_PROXY: false };
    expect(refused(remove({ "sec-fetch-site": "same-origin" }), config)).toBe(false);
    expect(refused(remove({ "sec-fetch-site": "cross-site" }), config)).toBe(true);
    expect(refused(remove({ "sec-fetch-site": "same-origin", "content-length": "12" }), config)).toBe(true);
    expect(
      refused(
        remove({ "sec-fetch-site": "same-origin", "content-length": "12", "content-type": "application/json" }),
        config,
      ),
    ).toBe(false);
  });
});
