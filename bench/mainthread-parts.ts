import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { withEntryPage } from "./entry-page";
import { synthLogs } from "./mainthread-logs";
import type { measureParts } from "./mainthread-parts-entry";

type Api = { PlenumParts: { measureParts: typeof measureParts } };

/** The synthetic bench DAO's logs as getLogs answers of `perAnswer` logs each (JSON-RPC texts). */
function answers(scale: number, perAnswer: number): Record<string, string> {
  const logs = synthLogs(scale);
  const out: Record<string, string> = {};
  for (let i = 0, k = 0; i < logs.length; i += perAnswer, k++)
    out[`answer-${k}.json`] = JSON.stringify({ jsonrpc: "2.0", id: k, result: logs.slice(i, i + perAnswer) });
  return out;
}

/** In headless Chromium: a cold sync's local work on the synthetic DAO at `scale`, timed part by part. */
export async function partsInChromium(scale: number, perAnswer = 10_000) {
  const data = answers(scale, perAnswer);
  return withEntryPage("mainthread-parts-entry.ts", "PlenumParts", data, async (page) => {
    const n = Object.keys(data).length;
    return await page.evaluate(
      ([k, span]) => (globalThis as unknown as Api).PlenumParts.measureParts(k, span),
      [n, 10_000] as const,
    );
  });
}

// `tsx bench/mainthread-parts.ts --scale 10`
const { values: v } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
const load0 = loadavg()[0] ?? 0;
const r = await partsInChromium(Number(v.scale));
const rate = (ms: number) => Math.round((r.logs / ms) * 1000).toLocaleString("en");
console.log(
  `${r.logs} logs (${(r.bytes / 2 ** 20).toFixed(0)} MB of JSON), ${r.readBack} read back, ${r.events} events; load ${load0.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)}`,
);
for (const [k, ms] of Object.entries(r.ms))
  console.log(`${k.padEnd(20)}${ms.toFixed(0).padStart(8)} ms  ${rate(ms)}/s`);
