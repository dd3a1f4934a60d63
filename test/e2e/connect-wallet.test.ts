import { describe, expect, it } from "vitest";
import { axeScan } from "../support/axe-scan";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

// RainbowKit's own modal (still open under the account dialog) draws wallet icons as role="img"
// without a text alternative (upstream markup; the buttons carry the names), so it is left out.
const RAINBOWKIT_MODAL = '[role="dialog"][aria-labelledby^="rk_"]';

describe("Devnet wallet", () => {
  it("connects through RainbowKit's modal and shows the account in the header", async () => {
    const { open, info } = env();
    const account = info.accounts[0];
    if (!account) throw new Error("devnet.json lists no accounts");
    const aic = info.daos.find((d) => d.key === "aiCommons");
    if (!aic) throw new Error("devnet.json has no AI Commons");
    const page = await open(`#/${info.chainId}/${aic.governor}/`);

    await page.getByRole("button", { name: "Connect Wallet" }).click();
    const modal = page.getByRole("dialog", { name: "Connect a Wallet" });
    await modal.getByRole("button", { name: /Devnet wallet/ }).click();

    const picker = page.getByRole("dialog", { name: "Choose a devnet account" });
    await picker.waitFor();
    await axeScan(page, "Devnet wallet account dialog", [RAINBOWKIT_MODAL]);
    await shot(page, "connect-devnet-wallet");
    await picker.getByRole("button", { name: new RegExp(`^${account.name}\\b`) }).click();

    const header = page.getByRole("banner");
    // Both dialogs close, and the header names the devnet account beside its short address.
    await picker.waitFor({ state: "detached" });
    await modal.waitFor({ state: "hidden" });
    const accountButton = header.getByRole("button", { name: new RegExp(account.name) });
    await accountButton.waitFor();
    expect(await header.textContent()).toContain(account.address.slice(0, 6));
    expect(await page.getByRole("button", { name: "Connect Wallet" }).count()).toBe(0);
    await axeScan(page, "overview, connected");
    await shot(page, "connected");
    await page.close();
  });
});
