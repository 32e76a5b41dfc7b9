import { readFile } from "node:fs/promises";
import path from "node:path";

// Scalar's API reference reader (@scalar/api-reference's self-contained browser build), from our own
// origin: read once per process, cached by browsers for a day.
let bundle: Promise<Buffer> | undefined;

export async function GET() {
  bundle ??= readFile(path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js"));
  return new Response(new Uint8Array(await bundle), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
      "x-content-type-options": "nosniff",
    },
  });
}
