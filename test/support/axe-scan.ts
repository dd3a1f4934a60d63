import axe from "axe-core";
import type { Page } from "playwright-core";

type Finding = { id: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe-core in the page and throws, listing them, when it finds serious or critical violations.
 * `exclude` takes CSS selectors of third-party markup the app cannot change (say why at the call).
 */
export async function axeScan(page: Page, label = page.url(), exclude: string[] = []): Promise<Finding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol, not added as an inline <script> the page's CSP would refuse.
  if (!loaded) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (skip) => {
    const w = window as unknown as { axe: typeof import("axe-core") };
    const context = { include: [document], exclude: skip.map((s) => [s]) };
    const res = await w.axe.run(context, { resultTypes: ["violations"] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  }, exclude);
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
