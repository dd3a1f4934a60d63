import type { Address } from "viem";
import { buildApp } from "../test/support/app-build";
import { launchBrowser } from "../test/support/browser";
import { serveStatic } from "../test/support/static-server";

type Proxy = {
  url: string;
  stats: { requests: number; byMethod: Record<string, number> };
  resetStats: () => void;
};
const FAILURE_SHOT = ".cache/bench-visit-failure.png";
export type Visit = { ms: number; requests: number; byMethod: Record<string, number> };

/**
 * The person's view of the same sync: the built app in headless Chromium, pointed at the capped proxy as a
 * user-set RPC (nothing known in advance: no deploy block, no devnet.json), opens the DAO's proposal list.
 * `first` is a fresh profile; `again` reloads the page, the history now in IndexedDB.
 */
export async function visitInChromium(
  proxy: Proxy,
  governor: Address,
  proposals: number,
): Promise<{ first: Visit; again: Visit; verifiedMs: number }> {
  const server = await serveStatic(await buildApp(), "/plenum/", {});
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript((rpc) => {
      localStorage.setItem("plenum.rpc.v1", JSON.stringify({ 31337: [rpc] }));
    }, proxy.url);
    const listed = page.getByText(`${proposals.toLocaleString("en-US")} proposals`, { exact: true });
    const visit = async (go: () => Promise<unknown>) => {
      proxy.resetStats();
      const t0 = performance.now();
      await go();
      await listed.waitFor({ timeout: 300_000 }).catch(async (e: unknown) => {
        await page.screenshot({ path: FAILURE_SHOT, fullPage: true });
        throw new Error(`the list did not appear (page in ${FAILURE_SHOT}): ${String(e)}`);
      });
      return {
        ms: performance.now() - t0,
        requests: proxy.stats.requests,
        byMethod: { ...proxy.stats.byMethod },
      };
    };
    const first = await visit(() => page.goto(`${server.url}#/31337/${governor}/proposals`));
    const t1 = performance.now();
    await page.getByText(/^Verified at block/).waitFor({ timeout: 300_000 });
    const verifiedMs = first.ms + (performance.now() - t1);
    const again = await visit(() => page.reload());
    return { first, again, verifiedMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
