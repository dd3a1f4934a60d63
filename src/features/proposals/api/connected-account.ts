import type { Address } from "viem";
import { useAccount } from "wagmi";

/** The connected wallet's account and chain, for gating writes (undefined when not connected). */
export function useConnectedAccount(): { address: Address | undefined; chainId: number | undefined } {
  const { address, chainId } = useAccount();
  return { address, chainId };
}
