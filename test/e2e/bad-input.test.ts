import { describe, it } from "vitest";
import { axeScan } from "../support/axe-scan";
import { setupE2eEnv } from "../support/e2e-env";
import { shot } from "../support/shot";

const env = setupE2eEnv();

/** Opens a DAO route and waits for an alert (role=alert) containing matching `message`. */
async function expectMessage(path: string, message: RegExp | string, name: string) {
  const page = await env().open(`#/${env().info.chainId}/${path}/`);
  const alert = page.getByRole("alert");
  await alert.getByText(message).waitFor({ timeout: 30_000 });
  await axeScan(page, name);
  await shot(page, name);
  await page.close();
}

describe("bad DAO addresses", () => {
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
});
