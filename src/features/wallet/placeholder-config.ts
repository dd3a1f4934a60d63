import { type Config, createConfig } from "wagmi";
import { rpcTransport } from "@/chain/client";
import { chainFor } from "@/config/chains";
import { rpcUrlsFor } from "@/config/rpc-settings";

/**
 * What wagmi's hooks read until the wallet stack has loaded: no connectors, so every account reads as not
 * connected; no storage, so this config never touches the saved session the full config reconnects from.
 */
export function placeholderWagmiConfig(chainId: number): Config {
  const chain = chainFor(chainId);
  return createConfig({
    chains: [chain],
    transports: { [chain.id]: rpcTransport(rpcUrlsFor(chain.id)) },
    connectors: [],
    storage: null,
    multiInjectedProviderDiscovery: false,
    ssr: false,
  });
}
