import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { createConfig, http } from "wagmi";
import { connect } from "wagmi/actions";
import { chainFor } from "@/config/chains";
import { createDevnetProvider, type WalletChain } from "./devnet-provider";
import { devnetWallet } from "./devnet-wallet";
import { connectorsFor } from "./wallet-connectors";

const alice: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const devnet: WalletChain = { chainId: 31337, name: "Plenum devnet", rpcUrl: "http://127.0.0.1:8545" };
const other: WalletChain = { chainId: 31338, name: "chain 31338", rpcUrl: "http://127.0.0.1:9545" };

/** wagmi with the Devnet wallet as RainbowKit builds it; the person picks `chainId` in the wallet's picker. */
function setup(chainId: number) {
  const confirmSwitch = vi.fn(async () => true);
  const provider = createDevnetProvider({
    chains: [devnet, other],
    accounts: [{ name: "Alice", address: alice }],
    pickAccount: async () => ({ address: alice, chainId }),
    confirmSwitch,
    fetcher: vi.fn() as unknown as typeof fetch,
  });
  const config = createConfig({
    chains: [chainFor(31337), chainFor(31338)],
    transports: { 31337: http(devnet.rpcUrl), 31338: http(other.rpcUrl) },
    connectors: connectorsFor([{ groupName: "Local", wallets: [devnetWallet(provider)] }], {
      appName: "Plenum",
      projectId: "",
    }),
  });
  const connector = config.connectors.find((c) => c.id === "plenumDevnet");
  if (!connector) throw new Error("no Devnet wallet connector");
  return { config, connector, confirmSwitch };
}

describe("Devnet wallet connector", () => {
  it("a first connect on the network chosen in the picker stays there, with no switch prompt", async () => {
    const { config, connector, confirmSwitch } = setup(31338);
    // RainbowKit passes the chain the wallet was on before the picker opened (the devnet).
    const result = await connect(config, { connector, chainId: 31337 });
    expect(result).toEqual({ accounts: [alice], chainId: 31338 });
    expect(confirmSwitch).not.toHaveBeenCalled();
  });

  it("picking the devnet connects on the devnet", async () => {
    const { config, connector, confirmSwitch } = setup(31337);
    expect(await connect(config, { connector, chainId: 31337 })).toEqual({
      accounts: [alice],
      chainId: 31337,
    });
    expect(confirmSwitch).not.toHaveBeenCalled();
  });
});
