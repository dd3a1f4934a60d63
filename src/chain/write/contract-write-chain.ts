import type { Address } from "viem";
import type { Config } from "wagmi";
import { getAccount, switchChain } from "wagmi/actions";
import { chainName } from "@/config/chains";
import { WalletChainError } from "@/lib/app-errors";
import type { WriteStep } from "@/lib/write-step";

const named = (chainId: number) => ({ chainId, name: chainName(chainId) });

/** A refusal anywhere in the cause chain (EIP-1193 4001, or wagmi's UserRejectedRequestError). */
function refused(error: unknown): boolean {
  for (let e = error, i = 0; e && typeof e === "object" && i < 10; i++) {
    if ((e as { code?: unknown }).code === 4001) return true;
    if ((e as { name?: unknown }).name === "UserRejectedRequestError") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Puts the wallet on `chainId` before anything is simulated, signed or sent: asks it to switch when it is on
 * another chain, then asks the wallet itself (`eth_chainId`, not wagmi's cached state) and refuses to go on
 * unless it answers the DAO's chain, so a wallet that "switches" but stays is caught. Returns the account.
 */
export async function ensureWalletChain(
  config: Config,
  chainId: number,
  action: "send" | "sign",
  onStep?: (s: WriteStep) => void,
): Promise<Address> {
  const { address, connector } = getAccount(config);
  if (!address || !connector) throw new Error("Connect a wallet first.");
  const before = await connector.getChainId();
  if (before !== chainId) {
    onStep?.({ kind: "switching-chain", chainId, chainName: chainName(chainId) });
    try {
      await switchChain(config, { chainId, connector });
    } catch (cause) {
      const problem = refused(cause) ? "refused" : "cannot-switch";
      throw new WalletChainError(problem, named(chainId), named(before), action, { cause });
    }
  }
  const now = await connector.getChainId();
  if (now !== chainId) throw new WalletChainError("stayed", named(chainId), named(now), action);
  return address;
}
