import { type Address, getAddress, isAddressEqual } from "viem";
import type { Action } from "@/domain/actions/types";
import type { SecurityFinding } from "./finding";

/** An address the DAO already knows: one of its contracts or someone an earlier proposal paid. */
export type KnownAddress = { address: Address; label: string };

const ends = (a: string) => {
  const h = a.toLowerCase();
  return `${h.slice(2, 6)}…${h.slice(-4)}`;
};

/** True when two different addresses share their first and last 4 hex characters (case ignored). */
export function looksAlike(a: Address, b: Address): boolean {
  return !isAddressEqual(a, b) && ends(a) === ends(b);
}

/** Every address an action names: its target and each 32-byte word of the arguments shaped like an address. */
export function addressesIn(action: Action): Address[] {
  const out = [action.target];
  const args = action.calldata.slice(10);
  for (let i = 0; i + 64 <= args.length; i += 64) {
    const word = args.slice(i, i + 64);
    // 12 zero bytes, then 20 that are not mostly zero (a small number is not an address).
    if (/^0{24}/.test(word) && !/^0{8}/.test(word.slice(24))) out.push(getAddress(`0x${word.slice(24)}`));
  }
  return out;
}

/** Addresses in these actions that look like a known one without being it. */
export function lookAlikeFindings(
  actions: readonly Action[],
  known: readonly KnownAddress[],
): SecurityFinding[] {
  const seen = new Set<string>();
  return actions.flatMap((a, index) =>
    addressesIn(a).flatMap((address): SecurityFinding[] => {
      const k = known.find((x) => looksAlike(address, x.address));
      const key = `${index}:${address.toLowerCase()}`;
      if (!k || seen.has(key)) return [];
      seen.add(key);
      return [
        {
          rule: "look-alike",
          level: "critical",
          address,
          action: index,
          title: `Looks like ${k.label}, but is a different address`,
          detail: `Action ${index + 1} names ${address}, which shares its first and last 4 hex characters (${ends(address)}) with ${k.label} ${k.address}.`,
          resembles: { address: k.address, label: k.label },
        },
      ];
    }),
  );
}

/** Two addresses as runs of characters, each run marked where the two differ (case ignored), for side-by-side reading. */
export function addressDiff(a: string, b: string): { text: string; differs: boolean }[] {
  const runs: { text: string; differs: boolean }[] = [];
  for (let i = 0; i < a.length; i++) {
    const differs = a[i]?.toLowerCase() !== b[i]?.toLowerCase();
    const last = runs[runs.length - 1];
    if (last && last.differs === differs) last.text += a[i];
    else runs.push({ text: a[i] ?? "", differs });
  }
  return runs;
}

/** The known addresses to compare with: the DAO's contracts, then everyone earlier proposals' actions named. */
export function knownAddresses(
  contracts: readonly KnownAddress[],
  earlierActions: readonly Action[],
): KnownAddress[] {
  const out = [...contracts];
  const has = (a: Address) => out.some((k) => isAddressEqual(k.address, a));
  for (const a of earlierActions)
    for (const address of addressesIn(a))
      if (!has(address)) out.push({ address, label: "an earlier proposal's recipient" });
  return out;
}
