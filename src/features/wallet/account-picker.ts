import type { AccountOffer, AccountPick, WalletChain } from "./devnet-provider";

/** What the Devnet wallet is asking the person now: to pick an account (and chain), or to allow a switch. */
export type WalletPrompt =
  | { kind: "pick"; offer: AccountOffer; answer: (pick: AccountPick | null) => void }
  | { kind: "switch"; from: WalletChain; to: WalletChain; answer: (ok: boolean) => void };

let current: WalletPrompt | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** Shows one prompt; an earlier one still open is answered "no" (as closing a wallet popup would). */
function open<T>(make: (answer: (value: T) => void) => WalletPrompt): Promise<T> {
  if (current?.kind === "pick") current.answer(null);
  else if (current?.kind === "switch") current.answer(false);
  return new Promise((resolve) => {
    current = make((value) => {
      current = null;
      notify();
      resolve(value);
    });
    notify();
  });
}

/** Opens the account dialog and resolves with the picked account and chain, or null on cancel. */
export function requestAccountPick(offer: AccountOffer): Promise<AccountPick | null> {
  return open<AccountPick | null>((answer) => ({ kind: "pick", offer, answer }));
}

/** Opens the wallet's "switch network?" prompt and resolves whether the person allowed it. */
export function requestSwitchConsent(from: WalletChain, to: WalletChain): Promise<boolean> {
  return open<boolean>((answer) => ({ kind: "switch", from, to, answer }));
}

/** The open prompt, if any (for useSyncExternalStore). */
export function currentPrompt(): WalletPrompt | null {
  return current;
}

/** Calls back when a prompt opens or closes. */
export function subscribePrompt(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
