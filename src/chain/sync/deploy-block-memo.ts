import type { Address } from "viem";
import { createBoundedMap } from "@/lib/bounded-map";
import { DeployProbeError } from "./deploy-block";
import type { FirstLog } from "./first-log-block";

/** Where contracts begin on one chain through one set of RPC URLs, each found once: a contract's deployment
 * block (or the DeployProbeError of a node without old state: a fact about that node, so the memo is per URL
 * set), and the first log of a set of contracts. Shared by the DAO's discovery, which starts the search as
 * soon as it knows the addresses, and every sync run (the treasury streams after the list's, for one). */
export type StartMemo = {
  code(address: Address, find: () => Promise<number>): Promise<number>;
  /** The first log of a set of contracts; `find` is given the block-range cap an earlier search learned. */
  firstLog(
    addresses: readonly Address[],
    find: (knownCap: number | null) => Promise<FirstLog>,
  ): Promise<FirstLog>;
};

/** The key of an address set: the same set in any order or case is one search. */
export const addressSetKey = (addresses: readonly Address[]) =>
  addresses
    .map((a) => a.toLowerCase())
    .sort()
    .join(",");

/** A memo of searches (see StartMemo). A failure that says nothing about the chain or the node (a timeout, a
 * refused request) is forgotten, so the next run searches again; a DeployProbeError is kept. */
export function createStartMemo(max = 256): StartMemo {
  const found = createBoundedMap<string, Promise<unknown>>(max);
  function fresh<T>(key: string, find: () => Promise<T>, keep: (e: unknown) => boolean): Promise<T> {
    const p = find();
    found.set(key, p);
    p.catch((e: unknown) => {
      if (!keep(e) && found.get(key) === p) found.delete(key);
    });
    return p;
  }
  // A search someone else started that then failed for a passing reason is no answer: this caller searches.
  function once<T>(key: string, find: () => Promise<T>, keep: (e: unknown) => boolean): Promise<T> {
    const known = found.get(key) as Promise<T> | undefined;
    if (!known) return fresh(key, find, keep);
    return known.catch((e: unknown) => {
      if (keep(e)) throw e;
      return fresh(key, find, keep);
    });
  }
  // The URLs' block-range cap once a first-log search met it: a later search (the treasury's own contracts)
  // then sends nothing it would refuse.
  let rangeCap: number | null = null;
  const learning = async (find: (knownCap: number | null) => Promise<FirstLog>) => {
    const result = await find(rangeCap);
    if (result.rangeCap !== null) rangeCap = Math.min(rangeCap ?? result.rangeCap, result.rangeCap);
    return result;
  };
  return {
    code: (address, find) =>
      once(`code:${address.toLowerCase()}`, find, (e) => e instanceof DeployProbeError),
    firstLog: (addresses, find) =>
      once(
        `logs:${addressSetKey(addresses)}`,
        () => learning(find),
        () => false,
      ),
  };
}
