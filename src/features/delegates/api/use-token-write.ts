import type { Address } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite } from "@/chain/write/contract-write";
import { isDaoQueryKey, useWrite } from "@/lib/use-write";

const AREAS = ["delegates", "proposals", "sync", "dao"] as const;

/**
 * A delegation write through the one write hook; on success it refreshes this DAO's delegation, sync,
 * proposal and identity queries, so the new logs come in incrementally.
 */
export function useTokenWrite(chainId: number, governor: Address) {
  const config = useConfig();
  return useWrite(
    (call: ContractCall, onStep) => sendContractWrite(config, call, onStep),
    (client) =>
      client.invalidateQueries({ predicate: (q) => isDaoQueryKey(q.queryKey, AREAS, chainId, governor) }),
  );
}
