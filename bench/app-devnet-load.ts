import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseDevnetInfo } from "../src/config/devnet-info";
import { launchBrowser } from "../test/support/browser";

/**
 * `npm start`'s first look, timed as a new user gets it: a fresh Chromium profile opens the devnet's AI
 * Commons proposals page on an already running app (`--url`, default http://127.0.0.1:5173/), then reloads
 * it. Prints each time from navigation until the list's heading count is visible; medians of `--repeat`.
 * Usage: tsx bench/app-devnet-load.ts --url http://127.0.0.1:5173/ [--devnet .devnet/devnet.json] [--repeat 3]
 */
const { values: a } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:5173/" },
    devnet: { type: "string", default: ".devnet/devnet.json" },
    repeat: { type: "string", default: "3" },
  },
});
const info = parseDevnetInfo(JSON.parse(readFileSync(a.devnet, "utf8")));
const governor = info.daos.find((d) => d.key === "aiCommons")?.governor;
if (!governor) throw new Error("no AI Commons DAO in the devnet file");
const target = `${a.url.replace(/\/?$/, "/")}#/${info.chainId}/${governor}/proposals`;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

const cold: number[] = [];
const reload: number[] = [];
for (let i = 0; i < Number(a.repeat); i++) {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const listed = page.getByText(/^\d+ proposals$/);
    const t0 = performance.now();
    await page.goto(target);
    await listed.waitFor({ timeout: 60_000 });
    cold.push(performance.now() - t0);
    const t1 = performance.now();
    await page.reload();
    await listed.waitFor({ timeout: 60_000 });
    reload.push(performance.now() - t1);
  } finally {
    await browser.close();
  }
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
console.log(`proposals page at ${target}`);
console.log(`cold load ms: ${fmt(cold)} (median ${median(cold).toFixed(0)})`);
console.log(`reload ms:    ${fmt(reload)} (median ${median(reload).toFixed(0)})`);
console.log(
  JSON.stringify({ devnet_cold_ms: Math.round(median(cold)), devnet_reload_ms: Math.round(median(reload)) }),
);
