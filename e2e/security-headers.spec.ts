import { expect, test } from "./support/fixtures";

// Browser security headers, checked where they matter: in Chromium.

test("pages carry the security headers, with a fresh script nonce each time", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'(;|$)/);
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  // The page's scripts carry this response's nonce; the next response has another.
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const html = await response.text();
  expect(html).toContain(`nonce="${nonce}"`);
  const next = (await request.get("/login")).headers()["content-security-policy"];
  expect(/'nonce-([^']+)'/.exec(next ?? "")?.[1]).not.toBe(nonce);
});

test("API answers are data: no page policy to relax, nothing may load", async ({ request }) => {
  const headers = (await request.get("/api/health")).headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test.describe("what the policy refuses", () => {
  // These provoke the refusals on purpose; every other browser test fails on any (support/fixtures.ts).
  test.use({ expectedCspViolation: /frame-ancestors|inline event handler/ });

  test("injected markup runs no script", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Sign in to Inbox" })).toBeVisible();
    // What a stored cross-site scripting attack would need: an inline handler in markup that reached
    // the page. ('strict-dynamic' trusts scripts that the page's own nonced scripts create, by design;
    // markup carries no nonce.)
    const outcome = await page.evaluate(async () => {
      const refused = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }),
      );
      const holder = document.createElement("div");
      holder.innerHTML = `<img src="/missing.png" onerror="window.__injected = true">`;
      document.body.append(holder);
      return { directive: await refused, injected: (window as { __injected?: boolean }).__injected ?? false };
    });
    expect(outcome).toEqual({ directive: "script-src-attr", injected: false });
  });

  test("another site cannot frame the app", async ({ page, baseURL }) => {
    const refused = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
    await page.setContent(`<iframe title="framed" src="${baseURL}/login"></iframe>`);
    await refused;
    await expect(page.frameLocator("iframe").getByRole("heading", { name: "Sign in to Inbox" })).toHaveCount(0);
  });
});
