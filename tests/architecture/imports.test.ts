import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The rules between the rooms (ARCHITECTURE.md), checked over the source: lib/ never imports app/
// or components/, no import loops between files or folders, and the browser (lib/queries/ and
// components/) takes only types from server modules (values only from the pure ones listed here).

const PURE_FOR_BROWSER = new Set([
  "lib/activity/schemas.ts",
  "lib/ai/schemas.ts",
  "lib/automations/evaluate.ts",
  "lib/automations/schemas.ts",
  "lib/automations/templates.ts",
  "lib/auth/sign-in-errors.ts",
  "lib/auth/viewer.ts",
  "lib/business-hours.ts",
  "lib/channel-types.ts",
  "lib/channels/email/quotes.ts",
  "lib/channels/email/threading.ts",
  "lib/channels/webchat/settings.ts",
  "lib/conversations/bulk-action.ts",
  "lib/conversations/snooze-times.ts",
  "lib/events/events.ts",
  "lib/inbox/filters.ts",
  "lib/labels/palette.ts",
  "lib/labels/schemas.ts",
  "lib/notes/mention-text.ts",
  "lib/notes/schemas.ts",
  "lib/reports/schemas.ts",
  "lib/templates.ts",
  "lib/time-zone.ts",
  "lib/uploads/limits.ts",
  "lib/webhooks/events.ts",
  "lib/webhooks/schemas.ts",
]);

const files = execSync("git ls-files --cached --others --exclude-standard lib components", { encoding: "utf8" })
  .trim()
  .split("\n")
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/") && !f.endsWith(".test.ts"));

type Import = { target: string; typeOnly: boolean };

function importsOf(file: string): Import[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^import (type )?[^;]*?from "(@\/[^"]+)";/gms)].map((m) => ({
    target: resolve(m[2] ?? ""),
    typeOnly: Boolean(m[1]),
  }));
}

function resolve(specifier: string): string {
  const path = specifier.replace(/^@\//, "");
  return [".ts", ".tsx"].map((ext) => path + ext).find((f) => files.includes(f)) ?? path;
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const inLib = [...graph].filter(([file]) => file.startsWith("lib/"));
const folderOf = (file: string) => (file.split("/").length > 2 ? file.split("/").slice(0, 2).join("/") : file);

function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, path: string[]) => {
    state.set(node, "open");
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next].join(" → "));
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node, [node]);
  return found;
}

describe("imports between the rooms", () => {
  it("lib/ never imports app/ or components/", () => {
    const upward = inLib.flatMap(([file, imports]) =>
      imports.filter((i) => /^(app|components)\//.test(i.target)).map((i) => `${file} → ${i.target}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import loop between files or between folders", () => {
    const byFile = new Map(inLib.map(([file, imports]) => [file, new Set(imports.map((i) => i.target))]));
    expect(cycles(byFile)).toEqual([]);
    const byFolder = new Map<string, Set<string>>();
    for (const [file, imports] of inLib) {
      for (const { target } of imports) {
        if (!target.startsWith("lib/") || folderOf(target) === folderOf(file)) continue;
        byFolder.set(folderOf(file), (byFolder.get(folderOf(file)) ?? new Set()).add(folderOf(target)));
      }
    }
    expect(cycles(byFolder)).toEqual([]);
  });

  it("the browser (lib/queries/, components/) takes only types from server modules", () => {
    const values = [...graph]
      .filter(([file]) => file.startsWith("lib/queries/") || file.startsWith("components/"))
      .flatMap(([file, imports]) =>
        imports
          .filter(
            (i) =>
              !i.typeOnly &&
              /^lib\//.test(i.target) &&
              !i.target.startsWith("lib/queries/") &&
              !PURE_FOR_BROWSER.has(i.target),
          )
          .map((i) => `${file} → ${i.target}`),
      );
    expect(values).toEqual([]);
  });
});
