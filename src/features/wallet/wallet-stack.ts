import type { Config } from "wagmi";
import type { DevnetInfo } from "@/config/devnet-info";

// The wallet stack (wagmi's full config with RainbowKit's connectors, the Devnet wallet) is ~300 kB of script
// that no page needs to paint: it loads once the first screen is up, or at the first wallet click if sooner.
let devnet: DevnetInfo | null = null;
let config: Config | null = null;
let loading: Promise<Config> | null = null;
const listeners = new Set<() => void>();

/** Names the devnet the wallet stack is built for (from devnet.json; null on any other host). */
export function setWalletStackDevnet(info: DevnetInfo | null): void {
  devnet = info;
}

/** Loads and builds the wallet stack once; later calls get the same promise (a failed load may be retried). */
export function loadWalletStack(): Promise<Config> {
  loading ??= import("./wagmi-config").then(
    (m) => {
      config = m.buildWagmiConfig(devnet);
      for (const l of listeners) l();
      return config;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The full wagmi config once loaded, else null. */
export function walletStackConfig(): Config | null {
  return config;
}

/** Calls back when the wallet stack has loaded. */
export function subscribeWalletStack(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
