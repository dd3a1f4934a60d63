import { type Address, numberToHex } from "viem";
import type { Rpc } from "./rpc";
import { classifyError } from "./rpc-errors";
import { checkLogs } from "./rpc-shapes";

/** Requests the search may spend: a result-capped provider on 23M blocks needs about 2 x 25 (each cap halves
 * the range); past this the search stops at a block known to be at or before the first log. */
export const FIRST_LOG_BUDGET = 64;

/** Where a DAO's logs begin. `exact`: `block` holds the first log (or, with `none`, there are no logs at all);
 * otherwise the budget ran out and `block` is only known to be at or before it (no log lies below it). */
export type FirstLog = {
  block: number;
  exact: boolean;
  none: boolean;
  requests: number;
  /** The block-range cap the provider named, when it has one (it makes the search a scan). */
  rangeCap: number | null;
};

type Answer = { ok: true; first: number | null } | { ok: false; error: unknown };

/** The first block with a log from any of `addresses` in [0, head], by eth_getLogs only (for nodes that keep
 * no old state). A query from the lowest block not yet ruled out either returns logs (the first is the
 * answer: nothing lies below), returns none (rule the range out), or is refused: a result cap halves the
 * range (or takes the provider's suggested fit); behind a block-range cap the rest is left to the sync, whose
 * windows from `lo` on cost what a scan's would (the result is then not exact: no log lies below `block`). */
export async function findFirstLogBlock(
  rpc: Rpc,
  addresses: readonly Address[],
  head: number,
  budget = FIRST_LOG_BUDGET,
  /** The provider's block-range cap when an earlier search learned it: then no request is sent that it would
   * refuse, and (as after learning it here) the rest is left to the sync. */
  knownCap: number | null = null,
): Promise<FirstLog> {
  const filter = { address: [...addresses], topics: [] };
  let requests = 0;
  const ask = async (from: number, to: number): Promise<Answer> => {
    requests++;
    const range = { fromBlock: numberToHex(from), toBlock: numberToHex(to) };
    try {
      const logs = await rpc(
        { method: "eth_getLogs", params: [{ ...range, address: filter.address }] },
        (raw) => checkLogs(raw, from, to, filter),
        range,
      );
      // Block numbers come as hex quantities (checked); a pending log's null is not a block.
      const first = logs.reduce<number | null>((m, l) => {
        if (l.blockNumber === null) return m;
        const b = Number(l.blockNumber);
        return m === null || b < m ? b : m;
      }, null);
      return { ok: true, first };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const result = (block: number, exact: boolean, none = false): FirstLog => ({
    block,
    exact,
    none,
    requests,
    rangeCap,
  });

  let lo = 0; // no log below lo
  let capHi: number | null = null; // [lo, capHi] holds logs: it held too many to return
  let rangeCap: number | null = knownCap; // the provider's block-range cap, once known
  let limited = false; // refused for its width, cap not named: halving until a width is accepted
  let span = head + 1;
  while (lo <= head) {
    if (requests >= budget) return result(lo, false);
    // Behind a block-range cap a scan would ask each window once, which is just what the sync does from lo (and
    // the window holding the first log twice): the sync's own windows cost less. (Measured on the bench chain: 9
    // getLogs of a scan, then the sync asked the first window again.)
    if (rangeCap !== null && capHi === null) return result(lo, false);
    if (capHi !== null && lo > capHi) capHi = null; // answers that disagree: ask the rest afresh
    const hi = Math.min(head, lo + span - 1, capHi ?? head);
    const width = hi - lo + 1;
    const a = await ask(lo, hi);
    if (a.ok) {
      if (a.first !== null) return result(a.first, true);
      lo = hi + 1;
      if (capHi !== null) span = Math.max(1, Math.ceil((capHi - lo + 1) / 2));
      else if (limited) rangeCap = width;
      else return result(0, true, true); // the whole chain at once, and no log in it
      continue;
    }
    const kind = classifyError(a.error, { fromBlock: numberToHex(lo), toBlock: numberToHex(hi) });
    if (width > 1 && kind.kind === "range" && !kind.resultCap) {
      if (kind.suggested) rangeCap = Math.min(kind.suggested, width - 1);
      else [limited, span] = [true, Math.floor(width / 2)];
      continue;
    }
    if (width <= 1 || (kind.kind !== "range" && kind.kind !== "transient")) throw a.error;
    // Too many logs in [lo, hi] (or an answer too slow to come): the first log lies in it.
    capHi = hi;
    span = kind.kind === "range" && kind.suggested ? kind.suggested : Math.ceil(width / 2);
  }
  return result(0, true, true);
}
