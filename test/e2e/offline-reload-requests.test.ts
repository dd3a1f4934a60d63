import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupE2eEnv } from "../support/e2e-env";

const env = setupE2eEnv();

/** JSON-RPC calls the page sends to `origin`, by method (a batch counts each call), and HTTP requests. */
function countRpc(page: Page, origin: string) {
  const counts = { http: 0, treasuryStreams: 0, calls: 0, byMethod: {} as Record<string, number> };
  // Requests not yet answered, and getLogs without an address (the treasury-transfer streams) ever sent.
  const flow = { open: 0, topicsOnly: 0 };
  const mine = (req: { url: () => string; method: () => string }) =>
    new URL(req.url()).origin === origin && req.method() === "POST";
  page.on("requestfinished", (req) => void (mine(req) && flow.open--));
  page.on("requestfailed", (req) => void (mine(req) && flow.open--));
  page.on("request", (req) => {
    if (!mine(req)) return;
    flow.open++;
    const body: unknown = req.postDataJSON();
    const calls = Array.isArray(body) ? body : [body];
    const topicsOnly = (call: unknown) =>
      (call as { method?: unknown }).method === "eth_getLogs" &&
      !(call as { params?: { address?: unknown }[] }).params?.[0]?.address;
    // The treasury-transfer streams are fetched after the list's verification (for the treasury and overview
    // pages): counted apart, so the list's own requests are what the limits below are about.
    if (calls.every(topicsOnly)) counts.treasuryStreams++;
    else counts.http++;
    for (const call of calls) {
      const method = (call as { method?: unknown }).method;
      if (topicsOnly(call)) flow.topicsOnly++;
      const name = topicsOnly(call) ? "eth_getLogs (no address)" : typeof method === "string" ? method : "?";
      counts.calls++;
      counts.byMethod[name] = (counts.byMethod[name] ?? 0) + 1;
    }
  });
  const snapshot = () => ({ ...counts, byMethod: { ...counts.byMethod } });
  const reset = () => {
    counts.http = 0;
    counts.treasuryStreams = 0;
    counts.calls = 0;
    counts.byMethod = {};
  };
  return { snapshot, reset, flow };
}

describe("the proposals page's requests to the chain", () => {
  it("a reload of a synced DAO shows the list before its confirming reads are done, asks less than the first visit, and a proposal opened from it reads no history again", async () => {
    const { info, browser, appUrl } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const page = await browser.context.newPage();
    const rpc = countRpc(page, new URL(info.rpcUrl).origin);
    const listed = page.getByText(/^1[0-8] proposals$/);
    const verified = page.getByText(/^Verified at block/);
    const t0 = performance.now();
    await page.goto(`${appUrl}#/${info.chainId}/${dao?.governor}/proposals`);
    await listed.waitFor({ timeout: 120_000 });
    const firstListed = { ms: performance.now() - t0, ...rpc.snapshot() };
    await verified.waitFor({ timeout: 120_000 });
    const first = { ms: performance.now() - t0, ...rpc.snapshot() };
    // The treasury-transfer streams follow the list's verification: let them finish before the reload, so
    // none of the first visit's requests is counted as the reload's.
    await expect.poll(() => rpc.flow.topicsOnly >= 2 && rpc.flow.open === 0, { timeout: 60_000 }).toBe(true);
    // The DAO's identity is stored (debounced, a second after a read) before the reload.
    await page.waitForFunction(
      () => localStorage.getItem("plenum:query-cache:v1")?.includes('"identity"'),
      null,
      {
        timeout: 30_000,
      },
    );
    rpc.reset();
    const t1 = performance.now();
    await page.reload();
    await listed.waitFor({ timeout: 120_000 });
    const reloadListed = { ms: performance.now() - t1, ...rpc.snapshot() };
    await verified.waitFor({ timeout: 120_000 });
    const reload = { ms: performance.now() - t1, ...rpc.snapshot() };
    // Opening a proposal from the list, once the reload's requests are answered.
    await expect.poll(() => rpc.flow.open === 0, { timeout: 60_000 }).toBe(true);
    const reloadAll = rpc.snapshot();
    const listVerified = await verified.first().textContent();
    rpc.reset();
    const title = "Grant: open bias evaluation suite, phase 2";
    const t2 = performance.now();
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: /^Voters \(/ }).waitFor({ timeout: 60_000 });
    await verified.waitFor({ timeout: 60_000 });
    const proposalShown = { ms: performance.now() - t2, ...rpc.snapshot() };
    await expect.poll(() => rpc.flow.open === 0, { timeout: 60_000 }).toBe(true);
    const proposalAll = rpc.snapshot();
    const proposalVerified = await verified.first().textContent();
    console.log(
      `[requests] ${JSON.stringify({ firstListed, first, reloadListed, reload, reloadAll, proposalShown, proposalAll })}`,
    );
    // The list is painted from this browser's copy while the reads that confirm it are still being asked.
    expect(reloadListed.calls).toBeLessThan(reload.calls);
    expect(reload.calls).toBeLessThan(first.calls);
    // The whole history is not fetched again: the reload asks only for blocks after its copy, of the core
    // stream only (the list needs no treasury transfers), in one getLogs.
    expect(reload.byMethod.eth_getLogs ?? 0).toBe(1);
    // Painted from the device's last list before more than the sync's first round trip (head and anchor) was
    // even asked; confirmed in four requests in all (the screens' reads go as batches).
    expect(reloadListed.http).toBeLessThanOrEqual(2);
    expect(reload.http).toBeLessThanOrEqual(4);
    // The treasury-transfer streams are stored since the first visit: neither the reload nor the proposal page
    // (which syncs the core stream, as the list) fetches them again.
    expect(reloadAll.treasuryStreams + proposalAll.treasuryStreams).toBe(0);
    // A proposal opened from the list shows the list's history, verified by the list's pinned read at the same
    // block: no getLogs and no governor read again (its own reads are its exact times and its target scan).
    expect(proposalVerified).toMatch(/block [\d,]+/);
    expect(proposalVerified).toBe(listVerified);
    expect(proposalAll.byMethod.eth_getLogs ?? 0).toBe(0);
    expect(proposalAll.byMethod.eth_call ?? 0).toBe(0);
    await page.close();
  });
});
