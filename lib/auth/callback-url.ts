// Where next-auth may send a browser after signing in or out: a path or a URL on our own site,
// nothing else. next-auth's own check throws on some text ("\\evil.example"), and it answered 500
// to a callback-url cookie or parameter holding it (review M7).

/** The URL when it is on `baseUrl`'s site, resolved against it; else null. Never throws. */
export function sameSiteUrl(url: string, baseUrl: string): string | null {
  try {
    const base = new URL(baseUrl);
    // Only a path ("/inbox") or an absolute URL: "\\evil.example" and "//evil.example" are neither.
    if (!/^\/(?![/\\])/.test(url) && !/^https?:\/\//i.test(url)) return null;
    const target = new URL(url, base);
    return target.origin === base.origin ? target.toString() : null;
  } catch {
    return null;
  }
}
