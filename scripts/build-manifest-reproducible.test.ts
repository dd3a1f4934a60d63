import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashTree, MANIFEST_NAME, parseManifest } from "./build-manifest";

const root = join(import.meta.dirname, "..");
let scratch = "";
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("reproducible build", () => {
  it("gives identical files, byte for byte, from two clean builds at different paths", async () => {
    // In a child process: builds run inside a Vitest worker came out different each time (not so from a shell).
    const out = execFileSync(
      join(root, "node_modules", ".bin", "tsx"),
      [join(root, "scripts", "check-reproducible.ts")],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    ).toString();
    const report = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
      scratch: string;
      files: number;
      diffs: string[];
    };
    scratch = report.scratch;
    const first = join(scratch, "dist-a");

    expect(report.diffs).toEqual([]);
    const a = hashTree(first);
    expect(a.length).toBeGreaterThan(10);
    // Each build lists itself in manifest.sha256, and the list is what is on disk.
    expect(parseManifest(readFileSync(join(first, MANIFEST_NAME), "utf8"))).toEqual(a);

    const html = readFileSync(join(first, "index.html"), "utf8");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/,
    );
    // Every script is a file of the build: none inline, none from another origin.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = "", body = ""] of scripts) {
      expect(body.trim()).toBe("");
      expect(attrs).toMatch(/src="\.\/[^"]+"/);
    }
  }, 240_000);
});
