import { type Address, BaseError, ContractFunctionRevertedError, type PublicClient } from "viem";
import { compoundGovernorAbi, compoundTimelockAbi } from "./bravo-abi";

/** Compound's Timelock `GRACE_PERIOD()` (seconds) at one block; null when the timelock does not answer it. */
export async function readGracePeriod(
  client: PublicClient,
  timelock: Address,
  blockNumber: bigint,
): Promise<{ gracePeriod: bigint | null; blockNumber: bigint }> {
  const gracePeriod = await client
    .readContract({ address: timelock, abi: compoundTimelockAbi, functionName: "GRACE_PERIOD", blockNumber })
    .catch((e: unknown) => {
      // A revert means "no such function": said on the page. Anything else (RPC down) is an error to retry.
      if (e instanceof BaseError && e.walk((x) => x instanceof ContractFunctionRevertedError)) return null;
      throw e;
    });
  return { gracePeriod, blockNumber };
}

/** Whether `cancel(id)` from `account` would go through now: simulated at the head, with the revert's reason. */
export async function simulateCompoundCancel(
  client: PublicClient,
  governor: Address,
  proposalId: bigint,
  account: Address,
): Promise<{ ok: true; blockNumber: bigint } | { ok: false; reason: string; blockNumber: bigint }> {
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 });
  try {
    await client.simulateContract({
      address: governor,
      abi: compoundGovernorAbi,
      functionName: "cancel",
      args: [proposalId],
      account,
      blockNumber,
    });
    return { ok: true, blockNumber };
  } catch (e) {
    const revert = e instanceof BaseError ? e.walk((x) => x instanceof ContractFunctionRevertedError) : null;
    if (!(revert instanceof ContractFunctionRevertedError)) throw e;
    return { ok: false, reason: revert.reason ?? revert.shortMessage, blockNumber };
  }
}
