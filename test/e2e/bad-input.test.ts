import { describe, it } from "vitest";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { axeScan } from "../support/axe-scan";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

const governor = () => {
  const aic = env().info.daos.find((d) => d.key === "aiCommons");
  if (!aic) throw new Error("devnet.json has no AI Commons");
  return aic.governor;
};

/** Opens a DAO route and waits for an alert (role=alert) containing matching `message`. */
async function expectMessage(path: string, message: RegExp | string, name: string) {
  const page = await env().open(`#/${env().info.chainId}/${path}/`);
  const alert = page.getByRole("alert");
  await alert.getByText(message).waitFor({ timeout: 30_000 });
  await axeScan(page, name);
  await shot(page, name);
  await page.close();
}

describe("DAO links that cannot open", () => {
  it("says a malformed address is not an address", async () => {
    await expectMessage("0x12345", /"0x12345" is not an address/, "bad-input-malformed");
  });

  it("says a token contract is not a governor", async () => {
    const aic = env().info.daos.find((d) => d.key === "aiCommons");
    if (!aic) throw new Error("devnet.json has no AI Commons");
    await expectMessage(aic.token, "This contract is not an OpenZeppelin Governor.", "bad-input-token");
  });

  it("says an address without code has no contract", async () => {
    await expectMessage(
      "0x000000000000000000000000000000000000dEaD",
      /There is no contract at 0x0{36}dEaD/i,
      "bad-input-no-code",
    );
  });

  it("says a chain without an RPC URL needs one, and links to Settings", async () => {
    const page = await env().open(`#/424242/${governor()}/`);
    const alert = page.getByRole("alert");
    await alert.getByText("No RPC URL is set for chain 424242.").waitFor();
    await alert.getByRole("link", { name: "Open Settings" }).waitFor();
    await axeScan(page, "unknown chain");
    await shot(page, "bad-input-unknown-chain");
    await page.close();
  });

  it("says when the RPC endpoint is down, and recovers once Settings point back at the devnet", async () => {
    const { open, appUrl } = env();
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const page = await open("#/settings");
    const devnet = page.getByRole("region", { name: /Plenum devnet/ });
    await devnet.getByRole("textbox", { name: /RPC URLs for/ }).fill(deadUrl);
    await devnet.getByRole("button", { name: "Save" }).click();

    await page.goto(`${appUrl}#/${env().info.chainId}/${governor()}/`);
    const alert = page.getByRole("alert");
    await alert.getByText(/is not answering|timed out/).waitFor({ timeout: 30_000 });
    await axeScan(page, "RPC down");
    await shot(page, "bad-input-rpc-down");

    await page.goto(`${appUrl}#/settings`);
    await devnet.getByRole("textbox", { name: /RPC URLs for/ }).fill("");
    await devnet.getByRole("button", { name: "Save" }).click();
    await page.goto(`${appUrl}#/${env().info.chainId}/${governor()}/`);
    await page.getByRole("heading", { name: "AI Commons Governor", level: 1 }).waitFor();
    await page.close();
  });
});
