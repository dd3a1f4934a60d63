import type { Address } from "viem";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { useTokenWrite } from "./use-token-write";

/** Delegates the connected account's votes on-chain (`delegate(delegatee)`) through the one write path. */
export function useDelegate(chainId: number, governor: Address, token: Address) {
  const write = useTokenWrite(chainId, governor);
  return {
    ...write,
    delegate: (delegatee: Address) =>
      write.send({
        chainId,
        address: token,
        abi: ozVotesTokenAbi,
        functionName: "delegate",
        args: [delegatee],
      }),
  };
}
