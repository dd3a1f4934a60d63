import { type Address, type Hex, numberToHex } from "viem";
import type { Rpc } from "./rpc";

/** The first block at which `address` has code, by binary search on eth_getCode. Where the node has pruned
 * old state the search stops early and returns a block known to be at or before the deployment, so no log
 * can be missed, only a few empty ranges scanned. */
export async function findDeployBlock(rpc: Rpc, address: Address, head: number): Promise<number> {
  const hasCode = async (block: number) =>
    (await rpc<Hex>({ method: "eth_getCode", params: [address, numberToHex(block)] })) !== "0x";
  if (!(await hasCode(head))) throw new Error(`No contract at ${address} on this chain.`);
  let lo = 0;
  let hi = head;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let code: boolean;
    try {
      code = await hasCode(mid);
    } catch {
      return lo;
    }
    if (code) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
