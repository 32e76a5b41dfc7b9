// The route params Next.js gives the one webhook route for a webhook URL:
// /api/webhooks/<provider>/<key>[/<hook>…] (app/api/webhooks/[provider]/[key]/[[...hook]]/route.ts).
export function webhookParams(url: string): Record<string, string | string[]> {
  const [, , , provider = "", key = "", ...hook] = new URL(url, "http://localhost").pathname.split("/");
  return hook.length ? { provider, key, hook } : { provider, key };
}
