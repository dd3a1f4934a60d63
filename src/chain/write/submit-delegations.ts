import { type Address, encodeFunctionData, multicall3Abi, parseSignature } from "viem";
import type { SignedDelegation } from "@/contracts/delegation-eip712";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import type { ContractCall } from "./contract-write";

/** `delegateBySig`'s arguments from a signed delegation (the signature split into v, r, s). */
function bySigArgs(d: SignedDelegation) {
  const { r, s, v, yParity } = parseSignature(d.signature);
  const vByte = v !== undefined ? Number(v) : yParity + 27;
  return [d.delegatee, d.nonce, d.expiry, vByte, r, s] as const;
}

/**
 * The one transaction that submits signed delegations: `delegateBySig` on the token for one, or Multicall3's
 * `aggregate3` of `delegateBySig` calls for many (none may fail: one bad signature reverts the whole batch,
 * which the simulation reports before the wallet opens). The sender pays the gas; no relayer is involved.
 */
export function submitDelegationsCall(
  chainId: number,
  token: Address,
  multicall3: Address | null,
  list: readonly SignedDelegation[],
): ContractCall {
  const [only] = list;
  if (list.length === 1 && only)
    return {
      chainId,
      address: token,
      abi: ozVotesTokenAbi,
      functionName: "delegateBySig",
      args: bySigArgs(only),
    };
  if (!multicall3) throw new Error("This chain has no Multicall3: submit the delegations one at a time.");
  const calls = list.map((d) => ({
    target: token,
    allowFailure: false,
    callData: encodeFunctionData({ abi: ozVotesTokenAbi, functionName: "delegateBySig", args: bySigArgs(d) }),
  }));
  return { chainId, address: multicall3, abi: multicall3Abi, functionName: "aggregate3", args: [calls] };
}
