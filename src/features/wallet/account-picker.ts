import type { Address } from "viem";
import type { NamedAccount } from "./devnet-provider";

/** An open request to pick a Devnet account: what to offer and how to answer. */
export type PickRequest = { accounts: NamedAccount[]; answer: (address: Address | null) => void };

let current: PickRequest | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** Opens the account dialog and resolves with the picked address, or null on cancel. */
export function requestAccountPick(accounts: NamedAccount[]): Promise<Address | null> {
  current?.answer(null);
  return new Promise((resolve) => {
    current = {
      accounts,
      answer: (address) => {
        current = null;
        notify();
        resolve(address);
      },
    };
    notify();
  });
}

/** The open pick request, if any (for useSyncExternalStore). */
export function currentPickRequest(): PickRequest | null {
  return current;
}

/** Calls back when a pick request opens or closes. */
export function subscribePickRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
