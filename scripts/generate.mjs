// Generates what the app is built from and nothing commits (lib/generated): the Prisma client, and
// the webchat widget's two scripts and stylesheet (widget/, bundled by esbuild).
//
// `prisma generate` insists on the native schema engine being present although it does not run it;
// where that engine cannot be downloaded (our CI), any executable stands in for it.
//
// Each is skipped when it was generated from these very sources by these very tools: every test
// command starts with this, and another run may be importing the output meanwhile (CI runs the
// embedded database's suites beside npm test), which a rewrite of the same files would disturb.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
const hash = (...parts) => createHash("sha256").update(parts.join("\n")).digest("hex");
const fresh = (stamp, source) => existsSync(stamp) && readFileSync(stamp, "utf8") === source;

function prismaClient() {
  const stamp = "lib/generated/prisma/.generated-from";
  const source = hash(version("prisma"), readFileSync("prisma/schema.prisma", "utf8"));
  if (fresh(stamp, source)) return 0;
  const env = { ...process.env };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: true });
  if (result.status === 0) writeFileSync(stamp, source);
  return result.status ?? 1;
}

// The loader runs on other people's websites, the panel in our iframe: plain DOM, minified, for
// browsers from 2021 on (shadow DOM, adoptedStyleSheets, fetch streams).
async function widget() {
  const out = "lib/generated/widget";
  const stamp = `${out}/.generated-from`;
  const files = readdirSync("widget").sort();
  const source = hash(version("esbuild"), ...files.map((file) => `${file}\n${readFileSync(`widget/${file}`, "utf8")}`));
  if (fresh(stamp, source)) return 0;
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, minify: true, target: ["chrome100", "firefox100", "safari16"], legalComments: "none" };
  await build({ ...common, entryPoints: ["widget/loader.ts"], outfile: `${out}/widget.js`, format: "iife" });
  await build({ ...common, entryPoints: ["widget/panel.ts"], outfile: `${out}/panel.js`, format: "iife" });
  await build({ ...common, entryPoints: ["widget/panel.css"], outfile: `${out}/panel.css` });
  writeFileSync(stamp, source);
  return 0;
}

process.exit(prismaClient() || (await widget()));
