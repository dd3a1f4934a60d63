import axe from "axe-core";
import type { Page } from "playwright-core";

type Finding = { id: string; impact: string; help: string; targets: string[] };

/** Runs axe-core in the page and throws, listing them, when it finds serious or critical violations. */
export async function axeScan(page: Page, label = page.url()): Promise<Finding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const findings = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof import("axe-core") };
    const res = await w.axe.run(document, { resultTypes: ["violations"] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  const bad = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
  if (bad.length > 0) {
    const lines = bad.map(
      (f) => `  - [${f.impact}] ${f.id}: ${f.help}\n      at ${f.targets.join("\n      at ")}`,
    );
    throw new Error(
      `axe found ${bad.length} serious/critical violation(s) on ${label}:\n${lines.join("\n")}`,
    );
  }
  return findings;
}
