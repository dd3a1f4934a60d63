import { describe, expect, it } from "vitest";
import { setupE2eEnv } from "../support/e2e-env";

const env = setupE2eEnv();

describe("a reload of a synced DAO", () => {
  it("paints the proposal list from this browser's copy while the RPC gives no answer at all", async () => {
    const { info, browser, appUrl } = env();
    const dao = info.daos.find((d) => d.key === "aiCommons");
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}#/${info.chainId}/${dao?.governor}/proposals`);
    await page.getByText(/^Verified at block/).waitFor({ timeout: 120_000 });
    await page.getByText(/^18 proposals$/).waitFor();
    // The DAO's identity is stored (debounced, a second after a read) before the chain goes away.
    await page.waitForFunction(
      () => localStorage.getItem("plenum:query-cache:v1")?.includes('"identity"'),
      null,
      {
        timeout: 30_000,
      },
    );

    // Every request to the chain now hangs: no answer, no error, as a dead or blackholed RPC behaves.
    const rpc = new URL(info.rpcUrl).origin;
    let blocked = 0;
    await page.route(
      (url) => url.origin === rpc,
      () => {
        blocked++; // never fulfilled, continued or aborted
      },
    );
    await page.reload();
    // The copy holds the finalized logs only (the newest blocks are refetched), so it may list fewer.
    await page
      .getByText(/^1[0-8] proposals$/)
      .waitFor({ timeout: 30_000 })
      .catch(async (e: unknown) => {
        await page.screenshot({ path: ".cache/offline-reload-failure.png" });
        throw e;
      });
    const label = page.getByText(/^From this browser's copy, through block [\d,]+; checking the chain…$/);
    await label.waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "Raise quorum from 4% to 5%" }).waitFor();
    expect(blocked).toBeGreaterThan(0);
    // Nothing is claimed as checked against the chain while it does not answer.
    expect(await page.getByText(/^Verified at block/).count()).toBe(0);
    await page.close();
  });
});
