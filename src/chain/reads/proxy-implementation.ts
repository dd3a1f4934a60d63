import { type Address, getAddress, type Hex, type PublicClient, parseAbi, zeroAddress } from "viem";

/** Storage slots proxies keep their implementation in, and how each is called. */
export const PROXY_SLOTS = [
  { kind: "EIP-1967", slot: "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc" },
  { kind: "EIP-1822", slot: "0xc5f16f0fcc639fa48a6947836d9850f504798523bf8c9a3a87d5876cf622bcf7" },
  { kind: "OpenZeppelin legacy", slot: "0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3" },
] as const;
const BEACON_SLOT: Hex = "0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50";
const beaconAbi = parseAbi(["function implementation() view returns (address)"]);

/** What a proxy delegates to, and by which standard. */
export type ProxyImplementation = { kind: string; implementation: Address };

/** The address in a storage word (its low 20 bytes), or null for an empty slot. */
export function addressInSlot(word: Hex | undefined): Address | null {
  if (!word || /^0x0*$/.test(word)) return null;
  const a = getAddress(`0x${word.slice(-40)}`);
  return a === zeroAddress ? null : a;
}

const CLONE = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i;

/** The target of an EIP-1167 minimal proxy (clone), from its runtime code. */
export function cloneTarget(code: Hex | undefined): Address | null {
  const m = code ? CLONE.exec(code) : null;
  return m?.[1] ? getAddress(`0x${m[1]}`) : null;
}

/** Finds the implementation behind a proxy at `address` (EIP-1967, its beacon, EIP-1822, OZ legacy slot,
 * EIP-1167 clone), or null when it is not a proxy of these kinds. */
export async function readProxyImplementation(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
): Promise<ProxyImplementation | null> {
  const code = await client.getCode({ address, blockNumber });
  const clone = cloneTarget(code);
  if (clone) return { kind: "EIP-1167 clone", implementation: clone };
  for (const { kind, slot } of PROXY_SLOTS) {
    const impl = addressInSlot(await client.getStorageAt({ address, slot, blockNumber }));
    if (impl) return { kind, implementation: impl };
  }
  const beacon = addressInSlot(await client.getStorageAt({ address, slot: BEACON_SLOT, blockNumber }));
  if (!beacon) return null;
  const impl = await client.readContract({
    address: beacon,
    abi: beaconAbi,
    functionName: "implementation",
    blockNumber,
  });
  return { kind: "EIP-1967 beacon", implementation: impl };
}
