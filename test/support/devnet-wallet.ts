import type { Page } from "playwright-core";
import { rpcCall } from "../chaos/anvil";

/** Connects the Devnet wallet through RainbowKit's real modal as the named devnet account (on the network
 * chosen in the picker by its chain id, when given; the devnet otherwise). */
export async function connectDevnetWallet(
  page: Page,
  accountName: string,
  options: { chainId?: number } = {},
): Promise<void> {
  await page.getByRole("button", { name: "Connect Wallet" }).click();
  const modal = page.getByRole("dialog", { name: "Connect a Wallet" });
  await modal.getByRole("button", { name: /Devnet wallet/ }).click();
  const picker = page.getByRole("dialog", { name: "Choose a devnet account" });
  if (options.chainId !== undefined)
    await picker.getByLabel("Network").selectOption(String(options.chainId));
  await picker.getByRole("button", { name: new RegExp(`^${accountName}\\b`) }).click();
  await picker.waitFor({ state: "detached" });
  await page
    .getByRole("banner")
    .getByRole("button", { name: new RegExp(accountName) })
    .waitFor();
}

/** Moves the devnet's clock forward and mines a block, as time passing would. */
export async function advanceDevnetTime(rpcUrl: string, seconds: number): Promise<void> {
  await rpcCall(rpcUrl, "evm_increaseTime", [seconds]);
  await rpcCall(rpcUrl, "evm_mine", []);
}
