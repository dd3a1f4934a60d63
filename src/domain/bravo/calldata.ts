import { concat, type Hex, toFunctionSelector } from "viem";

/** A Compound-style action's full calldata: Alpha and Bravo log a function signature and its encoded arguments
 * apart (the timelock joins them), OpenZeppelin logs an empty signature and the whole calldata. */
export function fullCalldata(signature: string | undefined, data: Hex): Hex {
  const sig = signature?.trim();
  if (!sig) return data;
  return concat([toFunctionSelector(`function ${sig}`), data]);
}

/** Every action's full calldata, for a ProposalCreated log's signatures and calldatas. */
export function fullCalldatas(signatures: readonly string[], calldatas: readonly Hex[]): Hex[] {
  return calldatas.map((data, i) => fullCalldata(signatures[i], data));
}
