import { type Address, isAddressEqual } from "viem";
import type { Action, DecodedAction } from "./types";

/** The zero address stands for ETH (the chain's native coin) wherever assets are keyed. */
export const ETH: Address = "0x0000000000000000000000000000000000000000";

/** ERC-20 transfer(address,uint256): the one token call whose calldata moves the treasury's own tokens. */
const TRANSFER_SELECTOR = "0xa9059cbb";

/** What one proposal sends out of the treasury in one asset, summed over its actions. */
export type Outflow = {
  asset: Address;
  amount: bigint;
  /** Indexes of the actions that send it. */
  actions: number[];
  /** Display data; null for a token the app could not identify (its amount is then in raw units). */
  symbol: string | null;
  decimals: number | null;
};

/** An outflow next to the treasury's balance of that asset (null: the balance could not be read). */
export type OutflowCheck = Outflow & { balance: bigint | null; shareBps: bigint | null };

/** Every asset some action may move, from raw actions (before decoding): ETH for value, the target for transfer(). */
export function movedAssets(actions: readonly Action[]): Address[] {
  const assets = new Map<string, Address>();
  for (const a of actions) {
    if (a.value > 0n) assets.set(ETH, ETH);
    if (a.calldata.slice(0, 10).toLowerCase() === TRANSFER_SELECTOR)
      assets.set(a.target.toLowerCase(), a.target);
  }
  return [...assets.values()];
}

function transferAmount(
  a: DecodedAction,
): { value: bigint; symbol: string | null; decimals: number | null } | null {
  if (a.call?.functionName !== "transfer") return null;
  const arg = a.call.args.find((x) => x.type === "uint256");
  if (arg?.amount)
    return { value: arg.amount.value, symbol: arg.amount.symbol, decimals: arg.amount.decimals };
  return typeof arg?.value === "bigint" ? { value: arg.value, symbol: null, decimals: null } : null;
}

/** A proposal's outflows per asset: ETH sent as value plus ERC-20 transfers, added up across its actions. */
export function proposalOutflows(actions: readonly DecodedAction[]): Outflow[] {
  const byAsset = new Map<string, Outflow>();
  const add = (asset: Address, amount: bigint, index: number, meta: Pick<Outflow, "symbol" | "decimals">) => {
    if (amount === 0n) return;
    const key = asset.toLowerCase();
    const o = byAsset.get(key) ?? { asset, amount: 0n, actions: [], ...meta };
    o.amount += amount;
    if (!o.actions.includes(index)) o.actions.push(index);
    byAsset.set(key, o);
  };
  for (const a of actions) {
    if (a.value > 0n) add(ETH, a.value, a.index, { symbol: "ETH", decimals: 18 });
    const t = transferAmount(a);
    if (t) add(a.target, t.value, a.index, { symbol: t.symbol, decimals: t.decimals });
  }
  return [...byAsset.values()];
}

/** Puts each outflow next to the treasury's balance of its asset; a missing balance stays null, never 0. */
export function checkOutflows(
  outflows: readonly Outflow[],
  balances: ReadonlyMap<Address, bigint | null> | undefined,
): OutflowCheck[] {
  return outflows.map((o) => {
    let balance: bigint | null = null;
    for (const [asset, value] of balances ?? []) if (isAddressEqual(asset, o.asset)) balance = value;
    const shareBps = balance === null || balance === 0n ? null : (o.amount * 10_000n) / balance;
    return { ...o, balance, shareBps };
  });
}
