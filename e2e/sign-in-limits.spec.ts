import { randomBytes } from "node:crypto";
import http from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { PASSWORD } from "./support/seed";

// The sign-in surface under attack (review H1, H2, M3, M4, M7, M8), against the production server.
// Each test signs in from client addresses of its own (X-Forwarded-For, which this server, run as
// behind a proxy with TRUST_PROXY, reads as the client's address), so that the per-client limits of
// parallel tests never meet.

const address = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;

async function attempt(request: APIRequestContext, email: string, password: string, client: string, extra = {}) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", ...extra },
    headers: { "x-forwarded-for": client },
    maxRedirects: 0,
  });
}

test("200 parallel wrong passwords for one email: 5 are checked, the rest are 429 with Retry-After", async ({
  request,
  org,
}) => {
  // 200 requests through next-auth take ~20 s on a shared two-core machine: room for a busy one.
  test.setTimeout(120_000);
  const client = address();
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      request.post("/api/auth/callback/credentials", {
        form: { email: org.agent.email, password: `guess ${i}`, csrfToken, json: "true" },
        headers: { "x-forwarded-for": client },
      }),
    ),
  );
  const statuses = answers.map((a) => a.status());
  expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(195);
  const refused = answers.find((a) => a.status() === 429);
  expect(Number(refused?.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused?.json()).toMatchObject({ message: expect.stringMatching(/Too many sign-in attempts/) });

  // The right password from that client waits out the window; from the colleague's own, it works.
  expect((await attempt(request, org.agent.email, PASSWORD, client)).status()).toBe(429);
  expect((await attempt(request, org.agent.email, PASSWORD, address())).status()).toBe(200);
});

test("the sign-in page says when to wait, and shows only known messages", async ({ page, org }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address() });
  await page.goto("/login");
  const alert = page.getByRole("alert").filter({ hasText: /./ }); // not Next.js's empty route announcer
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Email", { exact: true }).fill(org.manager.email);
    await page.getByLabel("Password", { exact: true }).fill(`wrong ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await expect(alert).toHaveText("Too many sign-in attempts. Wait a few minutes, then try again.");

  await page.goto(`/login?error=${encodeURIComponent("Invalid `prisma.user.findUnique()` invocation")}`);
  await expect(alert).toHaveText("Signing in did not work. Please try again.");
});

test("a sign-in body over 16 KiB is refused with 413 before it is read, declared or chunked", async ({ baseURL }) => {
  const url = new URL("/api/auth/callback/credentials", baseURL);
  // Declared: the headers alone; the answer must come without the body. Chunked: 20 KiB in one
  // chunk, all of it sent before the server answers (writing on after its answer only races its close).
  const post = (headers: Record<string, string | number>, body?: Buffer) =>
    new Promise<{ status?: number; closed: boolean }>((resolve, reject) => {
      const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers });
      let status: number | undefined;
      request.on("response", (response) => {
        status = response.statusCode;
        response.resume();
      });
      request.on("socket", (socket) => socket.on("close", () => resolve({ status, closed: true })));
      request.on("error", (error) => (status ? resolve({ status, closed: true }) : reject(error)));
      if (body) request.end(body);
      else request.flushHeaders();
    });
  const form = { "content-type": "application/x-www-form-urlencoded" };
  expect(await post({ ...form, "content-length": 256 * 1024 * 1024 })).toEqual({ status: 413, closed: true });
  expect(await post({ ...form, "transfer-encoding": "chunked" }, Buffer.alloc(20 * 1024, "a"))).toEqual({
    status: 413,
    closed: true,
  });
});

test("a hostile callback URL, in the form or in its cookie, stays on the site and is never a 5xx", async ({
  request,
  org,
}) => {
  const session = await request.get("/api/auth/session", {
    headers: { cookie: "next-auth.callback-url=%5C%5Cevil.example" },
  });
  expect(session.status()).toBeLessThan(500);

  for (const callbackUrl of ["\\\\evil.example", "https://evil.example/x", "//evil.example"]) {
    const answer = await attempt(request, org.agent.email, PASSWORD, address(), { callbackUrl });
    expect(answer.status()).toBe(200);
    const { url } = await answer.json();
    expect(new URL(url).host).toBe(new URL(answer.url()).host);
  }
});

test("signing out ends the session: a copied cookie stops working at once", async ({ page, browser, baseURL, org }) => {
  await signIn(page, org.manager.email);
  const cookies = await page.context().cookies();
  expect((await page.request.get("/api/inbox")).status()).toBe(200);

  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });

  const elsewhere = await browser.newContext();
  try {
    await elsewhere.addCookies(cookies);
    expect((await elsewhere.request.get(new URL("/api/inbox", baseURL).toString())).status()).toBe(401);
  } finally {
    await elsewhere.close();
  }
});
