import { custom, SwitchChainError, UserRejectedRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { createConfig, createConnector } from "wagmi";
import { connect } from "wagmi/actions";
import { devnetChain } from "@/config/chains";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { WalletChainError } from "@/lib/app-errors";
import { describeError } from "@/lib/errors";
import type { WriteStep } from "@/lib/write-step";
import { sendContractWrite } from "./contract-write";
import { ensureWalletChain } from "./contract-write-chain";
import { signBallot } from "./sign-ballot";

const A = devnetChain.id;
const B = 31338;
const chainB = { ...devnetChain, id: B, name: "Other devnet" };
const account = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const governor = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
type Mode = "agrees" | "refuses" | "unknown" | "lies";

/** A wallet on chain B whose answer to a switch is `mode`; it records every method it is asked. As wagmi's
 * injected connector does, its switch resolves once the wallet says it switched. */
function walletOnB(mode: Mode) {
  let chainId = B;
  const seen: string[] = [];
  const chainIdNow = async () => {
    seen.push("eth_chainId");
    return chainId;
  };
  const request = async (method: string) => {
    seen.push(method);
    if (method === "wallet_switchEthereumChain") {
      if (mode === "refuses") throw new UserRejectedRequestError(new Error("User rejected"));
      if (mode === "unknown") throw new SwitchChainError(new Error("Unrecognized chain (4902)"));
      // "lies": says it switched but keeps answering eth_chainId with B.
      if (mode === "agrees") chainId = A;
      return;
    }
    throw new Error(`unexpected wallet call ${method}`);
  };
  const connector = createConnector((config) => ({
    id: "test",
    name: "Test wallet",
    type: "test",
    // `accounts`' type depends on a generic the caller picks; wagmi's own mock connector casts it the same way.
    connect: async (_?: { chainId?: number }) => ({
      accounts: [account] as never,
      chainId: await chainIdNow(),
    }),
    disconnect: async () => undefined,
    getAccounts: async () => [account],
    getChainId: chainIdNow,
    getProvider: async () => ({ request }),
    isAuthorized: async () => true,
    switchChain: async ({ chainId: wanted }) => {
      await request("wallet_switchEthereumChain");
      config.emitter.emit("change", { chainId: wanted });
      const chain = config.chains.find((c) => c.id === wanted);
      if (!chain) throw new Error("not configured");
      return chain;
    },
    onAccountsChanged: () => undefined,
    onChainChanged: () => undefined,
    onDisconnect: () => undefined,
  }));
  return { connector, seen };
}

/** A wagmi config whose chains' RPC records every call and answers none (nothing may reach a node here). */
async function connected(mode: Mode) {
  const wallet = walletOnB(mode);
  const rpcCalls: string[] = [];
  const node = custom({
    request: async ({ method }: { method: string }) => {
      rpcCalls.push(method);
      throw new Error("no node in this test");
    },
  });
  const config = createConfig({
    chains: [devnetChain, chainB],
    connectors: [wallet.connector],
    transports: { [A]: node, [B]: node },
    storage: null,
    multiInjectedProviderDiscovery: false,
  });
  const [c] = config.connectors;
  if (!c) throw new Error("no connector");
  await connect(config, { connector: c });
  return { config, wallet, rpcCalls };
}

const call = {
  chainId: A,
  address: governor,
  abi: ozGovernorAbi,
  functionName: "castVote",
  args: [1n, 1],
} as const;

describe("the wallet is on the DAO's chain before anything is sent or signed", () => {
  it("switches when the wallet agrees, and checks with the wallet itself", async () => {
    const { config, wallet } = await connected("agrees");
    const steps: WriteStep[] = [];
    expect(await ensureWalletChain(config, A, "send", (s) => steps.push(s))).toBe(account);
    expect(steps).toEqual([{ kind: "switching-chain", chainId: A, chainName: "Plenum devnet" }]);
    expect(wallet.seen.filter((m) => m === "wallet_switchEthereumChain")).toHaveLength(1);
  });

  it.each<[Mode, RegExp]>([
    ["refuses", /You refused to switch your wallet to Plenum devnet \(31337\), so nothing was sent/],
    ["unknown", /Your wallet could not switch to Plenum devnet \(31337\), so nothing was sent/],
    ["lies", /said it switched to Plenum devnet \(31337\) but is still on chain 31338, so nothing was sent/],
  ])(
    "a wallet that %s: the write stops before simulating, nothing reaches the wallet or a node",
    async (mode, words) => {
      const { config, wallet, rpcCalls } = await connected(mode);
      const steps: WriteStep["kind"][] = [];
      const error = await sendContractWrite(config, call, (s) => steps.push(s.kind)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WalletChainError);
      expect(describeError(error).title).toMatch(words);
      expect(describeError(error).kind).toBe("wrong-chain");
      expect(steps).toEqual(["switching-chain"]);
      expect(wallet.seen).not.toContain("eth_sendTransaction");
      expect(rpcCalls).toEqual([]);
    },
  );

  it("signing a ballot checks the chain the same way: refused, nothing is signed", async () => {
    const { config, wallet, rpcCalls } = await connected("refuses");
    const error = await signBallot(config, { chainId: A, governor, proposalId: 1n, support: 1 }).catch(
      (e: unknown) => e,
    );
    expect(describeError(error).title).toMatch(/You refused to switch .* so nothing was signed/);
    expect(wallet.seen).not.toContain("eth_signTypedData_v4");
    expect(rpcCalls).toEqual([]);
  });
});
