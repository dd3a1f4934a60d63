import { type ReactNode, useEffect, useState, useSyncExternalStore } from "react";
import { WagmiProvider } from "wagmi";
import type { DevnetInfo } from "@/config/devnet-info";
import { placeholderWagmiConfig } from "./placeholder-config";
import {
  loadWalletStack,
  setWalletStackDevnet,
  subscribeWalletStack,
  walletStackConfig,
} from "./wallet-stack";

type IdleWindow = { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number };

/** Runs `task` when the browser is idle (within `timeoutMs`), or after a short delay where there is no idle API. */
function whenIdle(task: () => void, timeoutMs: number): () => void {
  const w = window as unknown as IdleWindow & { cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout: timeoutMs });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(task, 200);
  return () => window.clearTimeout(id);
}

/**
 * wagmi for the whole app. Pages paint with a placeholder config (nothing connected); the full one (RainbowKit's
 * connectors, the Devnet wallet) loads once the browser is idle after the first paint, or at the first wallet
 * click, and then reconnects a saved session.
 */
export function WalletProvider({ devnet, children }: { devnet: DevnetInfo | null; children: ReactNode }) {
  const [placeholder] = useState(() => {
    setWalletStackDevnet(devnet);
    return placeholderWagmiConfig(devnet?.chainId ?? 1);
  });
  const loaded = useSyncExternalStore(subscribeWalletStack, walletStackConfig, () => null);
  useEffect(() => whenIdle(() => void loadWalletStack().catch(() => undefined), 1_500), []);
  return (
    <WagmiProvider config={loaded ?? placeholder} reconnectOnMount={loaded !== null}>
      {children}
    </WagmiProvider>
  );
}
