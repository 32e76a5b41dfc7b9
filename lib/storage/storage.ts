import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Where uploaded bytes are kept: put, get, remove by key. Local disk by default; an S3-compatible
 *  store fits behind the same three calls. Keys are made by the caller from ids (no user input). */
export type Storage = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
};

const safeKey = (key: string) => {
  if (!/^[0-9a-f]{24}\/[0-9a-f]{24}$/.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
};

/** Files under UPLOADS_DIR (`.data/uploads`): `<organization>/<upload>`. */
export function localDisk(root = env().UPLOADS_DIR): Storage {
  const file = (key: string) => path.resolve(root, safeKey(key));
  return {
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes, { mode: 0o600 });
    },
    async get(key) {
      return readFile(file(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}

let chosen: Storage | undefined;

/** This process's storage. */
export const storage = (): Storage => {
  chosen ??= localDisk();
  return chosen;
};
