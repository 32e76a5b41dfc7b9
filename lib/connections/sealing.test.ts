import { describe, expect, it } from "vitest";
import { keyring } from "@/lib/crypto/secret-box";
import { openSecretsWith, resealed, sealSecrets } from "./sealing";

describe("rotating the key of channel secrets", () => {
  it("re-seals values sealed with the previous key, and leaves current ones alone", () => {
    const before = keyring("old-key-old-key-old-key-old-key-0");
    const row = { id: "row1", sealedSecrets: sealSecrets("row1", { authToken: "t0k3n" }, before) };
    const after = keyring("new-key-new-key-new-key-new-key-1", ["old-key-old-key-old-key-old-key-0"]);
    const sealedSecrets = resealed(row, after);
    expect(sealedSecrets).not.toBeNull();
    const rotated = { id: "row1", sealedSecrets: sealedSecrets! };
    expect(openSecretsWith(rotated, keyring("new-key-new-key-new-key-new-key-1"))).toEqual({ authToken: "t0k3n" });
    expect(resealed(rotated, after)).toBeNull();
  });
});
