// Owns the embedded server for a folder from a process of its own, as `npm run dev` does:
// `node --import tsx tests/support/embedded-owner.ts <dataDir>` prints "ready <postmaster pid>".
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbedded } from "@/lib/db/embedded";

const server = await startEmbedded({ dataDir: process.argv[2] ?? "" });
const postmaster = (await readFile(path.join(server.dataDir, "postmaster.pid"), "utf8")).split("\n")[0];
console.log(`ready ${postmaster}`);
process.on("SIGTERM", async () => {
  await server.stop();
  process.exit(0);
});
setInterval(() => {}, 60_000);
