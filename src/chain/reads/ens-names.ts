import { type Address, BaseError, type Chain, type PublicClient, parseAbi } from "viem";

// ENS Universal Resolver (v3): reverse(lookupAddress, coinType) → (name, resolver, reverseResolver).
const universalResolverAbi = parseAbi([
  "function reverse(bytes lookupAddress, uint256 coinType) view returns (string name, address resolver, address reverseResolver)",
]);
const ETH_COIN_TYPE = 60n;
// EIP-3668's OffchainLookup(address,string[],bytes,bytes4,bytes): the resolver wants a CCIP-read.
const OFFCHAIN_LOOKUP = "0x556f1830";

/** Whether a failed call asked for an offchain lookup (anything else, e.g. "no resolver", means no name). */
const wantsOffchainLookup = (error: Error) =>
  (error instanceof BaseError ? error.walk() : error).message.includes(OFFCHAIN_LOOKUP) ||
  error.message.includes(OFFCHAIN_LOOKUP);

/** The chain's ENS Universal Resolver, or null where the chain has no ENS (then no name is ever requested). */
export function ensResolverOf(chain: Chain | undefined): Address | null {
  return chain?.contracts?.ensUniversalResolver?.address ?? null;
}

/**
 * Primary ENS names of many addresses (null: none), in order: one multicall of the Universal Resolver's
 * `reverse`; an address whose answer needs an offchain lookup (CCIP-read, which a multicall cannot follow)
 * is then resolved alone through viem's getEnsName.
 */
export async function readEnsNames(
  client: PublicClient,
  addresses: readonly Address[],
): Promise<(string | null)[]> {
  const resolver = ensResolverOf(client.chain);
  if (!resolver || addresses.length === 0) return addresses.map(() => null);
  const answers = await client.multicall({
    allowFailure: true,
    contracts: addresses.map(
      (a) =>
        ({
          address: resolver,
          abi: universalResolverAbi,
          functionName: "reverse",
          args: [a, ETH_COIN_TYPE],
        }) as const,
    ),
  });
  return Promise.all(
    answers.map(async (r, i) => {
      if (r.status === "success") return r.result[0] || null;
      const address = addresses[i];
      if (!address || !wantsOffchainLookup(r.error)) return null;
      return client.getEnsName({ address }).catch(() => null);
    }),
  );
}
