// Generates the Prisma client (lib/generated, not committed). `prisma generate` insists on the
// native schema engine being present although it does not run it; where that engine cannot be
// downloaded (our CI), any executable stands in for it.
//
// Skipped when the client was generated from this very schema by this very Prisma: every test
// command starts with it, and another run may be importing the client meanwhile (CI runs the
// embedded database's suites beside npm test), which a rewrite of the same files would disturb.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const stamp = "lib/generated/prisma/.generated-from";
const prisma = JSON.parse(readFileSync("node_modules/prisma/package.json", "utf8")).version;
const source = createHash("sha256")
  .update(`${prisma}\n${readFileSync("prisma/schema.prisma", "utf8")}`)
  .digest("hex");
if (existsSync(stamp) && readFileSync(stamp, "utf8") === source) process.exit(0);

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: true });
if (result.status === 0) writeFileSync(stamp, source);
process.exit(result.status ?? 1);
