import type { ChangePoint, TokenChange } from "@/domain/analytics/token-replay";

/** A holder currently delegating to a delegate: balance and when it chose this delegate. */
export type Delegator = { holder: string; balance: bigint; since: ChangePoint };

const ZERO = "0x0000000000000000000000000000000000000000";

/** Every delegate's current delegators (lower-cased), heaviest first, replaying changes up to `atBlock`. A
 * holder with a zero balance still counts: it chose this delegate and its next tokens follow. */
export function delegatorsByDelegate(
  changes: readonly TokenChange[],
  atBlock: number | null = null,
): Map<string, Delegator[]> {
  const choice = new Map<string, { delegate: string; since: ChangePoint }>();
  const balances = new Map<string, bigint>();
  const move = (who: string, d: bigint) => {
    if (who !== ZERO) balances.set(who, (balances.get(who) ?? 0n) + d);
  };
  for (const c of changes) {
    if (atBlock !== null && c.at.blockNumber > atBlock) break;
    if (c.kind === "transfer") {
      move(c.from.toLowerCase(), -c.value);
      move(c.to.toLowerCase(), c.value);
    } else if (c.kind === "delegate") {
      const to = c.toDelegate.toLowerCase();
      if (to === ZERO) choice.delete(c.delegator.toLowerCase());
      else choice.set(c.delegator.toLowerCase(), { delegate: to, since: c.at });
    }
  }
  const out = new Map<string, Delegator[]>();
  for (const [holder, { delegate, since }] of choice) {
    const list = out.get(delegate) ?? [];
    list.push({ holder, balance: balances.get(holder) ?? 0n, since });
    out.set(delegate, list);
  }
  for (const list of out.values())
    list.sort((a, b) =>
      a.balance === b.balance ? (a.holder < b.holder ? -1 : 1) : a.balance > b.balance ? -1 : 1,
    );
  return out;
}

/** Holders who never chose a delegate (or chose none again) and hold tokens: the supply that cannot vote. */
export function idleSupply(changes: readonly TokenChange[], atBlock: number | null = null): bigint {
  const delegated = new Set<string>();
  const balances = new Map<string, bigint>();
  for (const c of changes) {
    if (atBlock !== null && c.at.blockNumber > atBlock) break;
    if (c.kind === "transfer") {
      const from = c.from.toLowerCase();
      const to = c.to.toLowerCase();
      if (from !== ZERO) balances.set(from, (balances.get(from) ?? 0n) - c.value);
      if (to !== ZERO) balances.set(to, (balances.get(to) ?? 0n) + c.value);
    } else if (c.kind === "delegate") {
      if (c.toDelegate.toLowerCase() === ZERO) delegated.delete(c.delegator.toLowerCase());
      else delegated.add(c.delegator.toLowerCase());
    }
  }
  let idle = 0n;
  for (const [holder, b] of balances) if (!delegated.has(holder) && b > 0n) idle += b;
  return idle;
}
