import type { Address } from "viem";
import { useAccount } from "wagmi";

/** The connected wallet's account, which proposes (undefined when not connected). */
export function useProposerAccount(): Address | undefined {
  return useAccount().address;
}
