import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// The widget's weight is part of its contract with the websites that embed it (issue: under 3 KB
// gzipped on the host page; the panel's script and CSS together under 40 KB). Built by
// scripts/generate.mjs, which npm test runs first.

const built = (name: string) => gzipSync(readFileSync(path.join("lib/generated/widget", name)), { level: 9 }).length;

describe("the widget's size budget", () => {
  it("loads under 3 KB gzipped on the host page", () => {
    expect(built("widget.js")).toBeLessThan(3 * 1024);
  });

  it("keeps the panel's script and CSS together under 40 KB gzipped", () => {
    expect(built("panel.js") + built("panel.css")).toBeLessThan(40 * 1024);
  });
});
