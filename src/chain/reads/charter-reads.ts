import type { Address, Hex, PublicClient } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** What a charter contract itself says at one block: every principle ever ratified, by id. */
export type CharterRead = {
  charter: Address;
  principles: { id: bigint; title: string; uri: string; contentHash: Hex; retired: boolean }[] | null;
};

/** Reads principleCount() and every principle(i) of each charter, pinned to `blockNumber` (null: the
 * contract does not answer like an EthicsCharter). */
export async function readCharters(
  client: PublicClient,
  charters: readonly Address[],
  blockNumber: bigint,
): Promise<CharterRead[]> {
  const opts = pinnedMulticall(client, blockNumber);
  const counts = await client.multicall({
    ...opts,
    contracts: charters.map(
      (address) => ({ address, abi: ethicsCharterAbi, functionName: "principleCount" }) as const,
    ),
  });
  return Promise.all(
    charters.map(async (charter, i): Promise<CharterRead> => {
      const r = counts[i];
      const count = r ? settledOrNull(r) : null;
      if (count === null) return { charter, principles: null };
      const ids = Array.from({ length: Number(count) }, (_, k) => BigInt(k));
      const rows = await client.multicall({
        ...opts,
        contracts: ids.map(
          (id) =>
            ({ address: charter, abi: ethicsCharterAbi, functionName: "principle", args: [id] }) as const,
        ),
      });
      const principles = rows.map((row, k) => {
        const v = settledOrNull(row);
        if (!v) throw new Error(`principle(${k}) of ${charter} did not answer`);
        const [title, uri, contentHash, , retired] = v;
        return { id: BigInt(k), title, uri, contentHash, retired };
      });
      return { charter, principles };
    }),
  );
}
