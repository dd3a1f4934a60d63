import { type Address, getAddress, isAddress } from "viem";

const ZERO = "0x0000000000000000000000000000000000000000";

/** What is known about the holder before it delegates. */
export type HolderNow = { address: Address; balance: bigint; currentDelegate: Address | null };

/** The target as an address, or a sentence saying why it cannot be used; checked before any transaction. */
export function checkDelegateTarget(
  raw: string,
  holder: HolderNow,
): { ok: true; delegatee: Address } | { ok: false; problem: string } {
  const text = raw.trim();
  if (text === "") return { ok: false, problem: "Enter the address to delegate to, or pick a delegate." };
  if (!isAddress(text, { strict: false }))
    return { ok: false, problem: "That is not an address: it must be 0x followed by 40 hex digits." };
  if (text.toLowerCase() === ZERO)
    return { ok: false, problem: "The zero address cannot vote: delegating there would drop your votes." };
  if (holder.balance === 0n)
    return { ok: false, problem: "This account holds no tokens, so delegating would move no votes." };
  const delegatee = getAddress(text.toLowerCase());
  if (holder.currentDelegate && holder.currentDelegate.toLowerCase() === delegatee.toLowerCase())
    return { ok: false, problem: "You already delegate to this address." };
  return { ok: true, delegatee };
}

/** Ranks after `amount` moves from `from` (if any) to `to`: what the effect line says ("rises from 3rd to 2nd"). */
export function rankAfterMove(
  rows: readonly { address: string; votes: bigint }[],
  from: string | null,
  to: string,
  amount: bigint,
): { before: number | null; after: number; votesAfter: bigint } {
  const f = from?.toLowerCase() ?? null;
  const t = to.toLowerCase();
  const moved = new Map(rows.map((r) => [r.address.toLowerCase(), r.votes]));
  const rankOf = (m: Map<string, bigint>, a: string) => {
    const v = m.get(a) ?? 0n;
    return 1 + [...m.entries()].filter(([k, x]) => k !== a && x > v).length;
  };
  const before = moved.has(t) && (moved.get(t) ?? 0n) > 0n ? rankOf(moved, t) : null;
  if (f && f !== t) moved.set(f, (moved.get(f) ?? 0n) - amount);
  moved.set(t, (moved.get(t) ?? 0n) + (f === t ? 0n : amount));
  return { before, after: rankOf(moved, t), votesAfter: moved.get(t) ?? 0n };
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}
