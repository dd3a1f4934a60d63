import { loadWalletStack } from "./wallet-stack";

/** Which RainbowKit modal a click asked for. */
export type ModalKind = "connect" | "account" | "chain";
type Openers = Partial<Record<ModalKind, () => void>>;

// RainbowKit (~50 kB gzip) loads on the first wallet click; this store carries the click across the load.
let wanted = false;
let failed = false;
let pending: ModalKind | null = null;
let openers: Openers = {};
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** Opens a wallet modal now if RainbowKit is loaded, else loads it and opens the modal once it is. */
export function requestModal(kind: ModalKind): void {
  const open = openers[kind];
  if (open) {
    open();
    return;
  }
  pending = kind;
  wanted = true;
  failed = false;
  notify();
  // The modals need the full wagmi config; a click before it loaded on its own starts the load.
  loadWalletStack().catch(() => {
    failed = true;
    notify();
  });
}

/** True when the last wallet click could not load the wallet's code (offline, or a stale tab after a deploy). */
export function walletKitFailed(): boolean {
  return failed;
}

/** True once anything asked for a wallet modal (the layer then stays mounted). */
export function walletKitWanted(): boolean {
  return wanted;
}

/** Called by the loaded layer whenever RainbowKit's openers change; runs a pending request. */
export function registerOpeners(next: Openers): void {
  openers = next;
  const open = pending ? next[pending] : undefined;
  if (open) {
    pending = null;
    open();
  }
}

/** Calls back when the layer should mount. */
export function subscribeWalletKit(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
