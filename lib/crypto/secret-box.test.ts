import { describe, expect, it } from "vitest";
import { keyring, open, SecretUnreadable, seal, sealedWithOldKey } from "./secret-box";

const keys = keyring("a".repeat(32));

describe("secret box", () => {
  it("opens what it sealed, and never shows the plaintext", () => {
    const sealed = seal("auth-token-123", "row-1", keys);
    expect(sealed).not.toContain("auth-token-123");
    expect(open(sealed, "row-1", keys)).toBe("auth-token-123");
    expect(seal("auth-token-123", "row-1", keys)).not.toBe(sealed); // a fresh IV every time
  });

  it("refuses a value moved to another row, altered, or sealed with an unknown key", () => {
    const sealed = seal("auth-token-123", "row-1", keys);
    expect(() => open(sealed, "row-2", keys)).toThrow(SecretUnreadable);
    const parts = sealed.split(":");
    const body = Buffer.from(parts[4]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString("base64url");
    expect(() => open(parts.join(":"), "row-1", keys)).toThrow(SecretUnreadable);
    expect(() => open(sealed, "row-1", keyring("b".repeat(32)))).toThrow(/not configured/);
  });

  it("rotates: the previous key still opens, and says which values to re-seal", () => {
    const old = seal("secret", "row-1", keys);
    const rotated = keyring("b".repeat(32), ["a".repeat(32)]);
    expect(open(old, "row-1", rotated)).toBe("secret");
    expect(sealedWithOldKey(old, rotated)).toBe(true);
    expect(sealedWithOldKey(seal("secret", "row-1", rotated), rotated)).toBe(false);
  });
});
