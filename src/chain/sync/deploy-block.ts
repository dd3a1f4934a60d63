import { type Address, numberToHex } from "viem";
import { isMissingStateError } from "@/lib/state-errors";
import type { Rpc } from "./rpc";
import { checkCode } from "./rpc-shapes";

/** A probe at an old block failed: the node keeps no state that far back (`missingState`), or could not
 * answer at all. The caller then finds the start from logs, which full nodes keep for the whole chain. */
export class DeployProbeError extends Error {
  override name = "DeployProbeError";
  constructor(
    readonly block: number,
    readonly missingState: boolean,
    options: { cause: unknown },
  ) {
    super(`eth_getCode at block ${block} failed`, options);
  }
}

/** Probes per round: three parallel eth_getCode calls split the range in four, so mainnet's ~23M blocks take
 * about 12 round trips instead of a binary search's 25 (for half again as many requests, once per DAO). */
const PROBES = 3;

/** The first block at which `address` has code, by a parallel (4-ary) search on eth_getCode. Where a probe
 * fails (a node that has pruned old state) it throws a DeployProbeError instead of guessing. */
export async function findDeployBlock(rpc: Rpc, address: Address, head: number): Promise<number> {
  const hasCode = async (block: number) =>
    (await rpc({ method: "eth_getCode", params: [address, numberToHex(block)] }, checkCode)) !== "0x";
  if (!(await hasCode(head))) throw new Error(`No contract at ${address} on this chain.`);
  // Invariant: no code below lo, code at hi.
  let lo = 0;
  let hi = head;
  while (lo < hi) {
    const step = (hi - lo) / (PROBES + 1);
    const points = [...new Set(Array.from({ length: PROBES }, (_, i) => lo + Math.floor(step * (i + 1))))];
    let found: boolean[];
    try {
      found = await Promise.all(points.map(hasCode));
    } catch (cause) {
      throw new DeployProbeError(points[0] ?? lo, isMissingStateError(cause), { cause });
    }
    const first = found.indexOf(true);
    if (first === -1) lo = (points[points.length - 1] ?? lo) + 1;
    else {
      hi = points[first] ?? hi;
      if (first > 0) lo = (points[first - 1] ?? lo) + 1;
    }
  }
  return lo;
}
