import { type Chain, defineChain } from "viem";
import { arbitrum, base, mainnet, optimism, polygon, sepolia } from "viem/chains";

/** The local devnet's chain id (anvil's default). */
export const DEVNET_CHAIN_ID = 31337;

/** The chain `npm run devnet` starts; its RPC URL comes from devnet.json when served. */
export const devnetChain = defineChain({
  id: DEVNET_CHAIN_ID,
  name: "Plenum devnet",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: ["http://127.0.0.1:8545"] } },
  // The devnet script installs Multicall3 at its canonical address (scripts/devnet/multicall3.ts).
  contracts: { multicall3: { address: "0xcA11bde05977b3631167028862bE2a173976CA11" } },
  testnet: true,
});

/** A chain the app knows by name, with the seconds per block its governors' block clocks tick at. */
export type KnownChain = { chain: Chain; blockSeconds: number };

// Arbitrum governors read block.number, which there is the L1 block number (~12 s).
export const knownChains: readonly KnownChain[] = [
  { chain: mainnet, blockSeconds: 12 },
  { chain: sepolia, blockSeconds: 12 },
  { chain: arbitrum, blockSeconds: 12 },
  { chain: optimism, blockSeconds: 2 },
  { chain: base, blockSeconds: 2 },
  { chain: polygon, blockSeconds: 2 },
  { chain: devnetChain, blockSeconds: 12 },
];

/** The known chain with this id, if any. */
export function knownChain(chainId: number): KnownChain | undefined {
  return knownChains.find((k) => k.chain.id === chainId);
}

/** A person-readable name for any chain id. */
export function chainName(chainId: number): string {
  return knownChain(chainId)?.chain.name ?? `chain ${chainId}`;
}

/** Seconds per block used for human estimates of block-clock durations (12 s when unknown). */
export function blockSecondsFor(chainId: number): number {
  return knownChain(chainId)?.blockSeconds ?? 12;
}

/** The public RPC URLs a known chain ships with (empty for unknown chains and the devnet, whose URL comes from devnet.json). */
export function defaultRpcUrls(chainId: number): string[] {
  const known = knownChain(chainId);
  return known && chainId !== DEVNET_CHAIN_ID ? [...known.chain.rpcUrls.default.http] : [];
}

/** A viem Chain for any id: the known definition, or a minimal one for chains the user added by RPC. */
export function chainFor(chainId: number): Chain {
  return (
    knownChain(chainId)?.chain ??
    defineChain({
      id: chainId,
      name: `chain ${chainId}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [] } },
    })
  );
}
