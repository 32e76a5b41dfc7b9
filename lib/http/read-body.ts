import { ApiError } from "@/lib/http/api-error";

export const MAX_BODY_BYTES = 1024 * 1024;

/** The request body parsed as JSON; undefined when empty. 413 past MAX_BODY_BYTES, 400 if not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "Request body is not valid JSON");
  }
}

/**
 * The body as text, read no further than `maxBytes` (413 past it): a declared length is refused
 * before reading, a chunked body as soon as it passes the limit.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes));
}

/** The body's bytes, under the same limit as readBodyText. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (maxBytes: number) =>
  new ApiError(
    "payload_too_large",
    `Request body is larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes / 1024} KiB`}`,
  );
