export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;

// MongoDB ObjectId layout: 4 bytes of seconds, 5 random bytes per process, a 3-byte counter.
// The database's object_id() makes the same; this one lets seeds and tests stamp a chosen time.
// Web Crypto, not node:crypto: the browser imports this file too (through the input schemas).
const processBytes = Array.from(crypto.getRandomValues(new Uint8Array(5)), (b) => b.toString(16).padStart(2, "0")).join(
  "",
);
let counter = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) & 0xffffff;

export function objectId(at: Date = new Date()): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(at.getTime() / 1000)
    .toString(16)
    .padStart(8, "0");
  return seconds + processBytes + counter.toString(16).padStart(6, "0");
}
