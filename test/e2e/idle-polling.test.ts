import { describe, expect, it } from "vitest";
import { type ChaosProxy, startChaosProxy } from "../chaos/chaos-proxy";
import { setupE2eEnv } from "../support/e2e-env";

const env = setupE2eEnv();

/** Waits until the proxy has seen `n` head reads since its last reset (each poll reads the head once). */
async function polls(proxy: ChaosProxy, n: number, withinMs: number) {
  const until = Date.now() + withinMs;
  while ((proxy.stats.byMethod.eth_getBlockByNumber ?? 0) < n) {
    if (Date.now() > until) throw new Error(`fewer than ${n} polls within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("an open page on an idle chain", () => {
  it("costs the RPC one head read per poll, and no getLogs", async () => {
    const { info, browser, appUrl } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const proxy = await startChaosProxy({ upstream: info.rpcUrl });
    try {
      const page = await browser.context.newPage();
      await page.addInitScript(
        (url) => localStorage.setItem("plenum.rpc.v1", JSON.stringify({ 31337: [url] })),
        proxy.url,
      );
      // The first visit's work ends with the treasury-transfer streams (getLogs without an address), fetched
      // once the list is verified: requests sent to the proxy and not yet answered, and those streams' calls.
      const flow = { open: 0, treasury: 0 };
      const mine = (req: { url: () => string }) => req.url().startsWith(proxy.url);
      page.on("request", (req) => {
        if (!mine(req)) return;
        flow.open++;
        const body: unknown = req.postDataJSON();
        for (const c of Array.isArray(body) ? body : [body]) {
          const call = c as { method?: unknown; params?: { address?: unknown }[] };
          if (call.method === "eth_getLogs" && !call.params?.[0]?.address) flow.treasury++;
        }
      });
      page.on("requestfinished", (req) => void (mine(req) && flow.open--));
      page.on("requestfailed", (req) => void (mine(req) && flow.open--));
      await page.goto(`${appUrl}#/${info.chainId}/${dao?.governor}/proposals`);
      await page.getByRole("link", { name: "Grant: open bias evaluation suite, phase 2" }).waitFor({
        timeout: 120_000,
      });
      await page.getByText(/^Verified at block/).waitFor({ timeout: 120_000 });
      await expect.poll(() => flow.treasury >= 2 && flow.open === 0, { timeout: 60_000 }).toBe(true);
      // The first sync and the page's pinned reads are done once a poll has come and gone.
      proxy.resetStats();
      await polls(proxy, 1, 30_000);
      proxy.resetStats();
      await polls(proxy, 2, 30_000);
      console.info("two idle polls", proxy.stats.byMethod);
      expect(proxy.stats.byMethod).toEqual({ eth_getBlockByNumber: 2 });
      await page.close();
    } finally {
      await proxy.close();
    }
  });
});
