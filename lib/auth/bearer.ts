/** The token of an `Authorization: Bearer <token>` header; null when absent or malformed. */
export function bearerToken(request: Request): string | null {
  return /^Bearer +(\S+) *$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}
