import type { Page } from "playwright-core";

/** Connects the Devnet wallet through RainbowKit's real modal as the named devnet account. */
export async function connectDevnetWallet(page: Page, accountName: string): Promise<void> {
  await page.getByRole("button", { name: "Connect Wallet" }).click();
  const modal = page.getByRole("dialog", { name: "Connect a Wallet" });
  await modal.getByRole("button", { name: /Devnet wallet/ }).click();
  const picker = page.getByRole("dialog", { name: "Choose a devnet account" });
  await picker.getByRole("button", { name: new RegExp(`^${accountName}\\b`) }).click();
  await picker.waitFor({ state: "detached" });
  await page
    .getByRole("banner")
    .getByRole("button", { name: new RegExp(accountName) })
    .waitFor();
}

/** Moves the devnet's clock forward and mines a block, as time passing would. */
export async function advanceDevnetTime(rpcUrl: string, seconds: number): Promise<void> {
  const call = (method: string, params: unknown[]) =>
    fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    }).then((r) => r.json());
  await call("evm_increaseTime", [seconds]);
  await call("evm_mine", []);
}
