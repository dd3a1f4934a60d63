import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDevnetInfo } from "../src/config/devnet-info";
import { launchBrowser } from "../test/support/browser";

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

/**
 * `npm start`'s first look, timed as a new user gets it: a fresh Chromium profile opens the devnet's AI
 * Commons proposals page on an already running app, then reloads it; each time from navigation until the
 * list's count line is visible, `repeat` times (each in a new profile). Returns the medians and every run.
 */
export async function devnetLoads(appUrl: string, devnetFile: string, repeat: number) {
  const info = parseDevnetInfo(JSON.parse(readFileSync(devnetFile, "utf8")));
  const governor = info.daos.find((d) => d.key === "aiCommons")?.governor;
  if (!governor) throw new Error("no AI Commons DAO in the devnet file");
  const target = `${appUrl.replace(/\/?$/, "/")}#/${info.chainId}/${governor}/proposals`;
  const cold: number[] = [];
  const reload: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const browser = await launchBrowser({ httpCache: true }); // the reload as a user has it: from the cache
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
  return { target, cold, reload, coldMs: median(cold), reloadMs: median(reload) };
}

// Usage: tsx bench/app-devnet-load.ts --url http://127.0.0.1:5173/ [--devnet .devnet/devnet.json] [--repeat 3]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: a } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:5173/" },
      devnet: { type: "string", default: ".devnet/devnet.json" },
      repeat: { type: "string", default: "3" },
    },
  });
  const r = await devnetLoads(a.url, a.devnet, Number(a.repeat));
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
  console.log(`proposals page at ${r.target}`);
  console.log(`cold load ms: ${fmt(r.cold)} (median ${r.coldMs.toFixed(0)})`);
  console.log(`reload ms:    ${fmt(r.reload)} (median ${r.reloadMs.toFixed(0)})`);
  console.log(
    JSON.stringify({ devnet_cold_ms: Math.round(r.coldMs), devnet_reload_ms: Math.round(r.reloadMs) }),
  );
}
