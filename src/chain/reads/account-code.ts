import type { Address, PublicClient } from "viem";

/** Which of these addresses hold contract code at one block (false: an account with no code). */
export async function readHasCode(
  client: PublicClient,
  addresses: readonly Address[],
  blockNumber: bigint,
): Promise<Map<Address, boolean>> {
  const codes = await Promise.all(addresses.map((address) => client.getCode({ address, blockNumber })));
  return new Map(addresses.map((a, i) => [a, codes[i] !== undefined && codes[i] !== "0x"]));
}
