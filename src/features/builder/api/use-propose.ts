import type { Address, Hex } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite } from "@/chain/write/contract-write";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { isDaoQueryKey, useWrite } from "@/lib/use-write";

/** What `propose` takes. */
export type ProposeArgs = { targets: Address[]; values: bigint[]; calldatas: Hex[]; description: string };

const AREAS = ["proposals", "sync", "dao"] as const;

/** Publishes a proposal through the one write hook; on success this DAO's proposal and sync reads refresh. */
export function usePropose(chainId: number, governor: Address) {
  const config = useConfig();
  const write = useWrite(
    (call: ContractCall, onStep) => sendContractWrite(config, call, onStep),
    (client) =>
      client.invalidateQueries({ predicate: (q) => isDaoQueryKey(q.queryKey, AREAS, chainId, governor) }),
  );
  return {
    step: write.step,
    propose: (a: ProposeArgs) =>
      write.send({
        chainId,
        address: governor,
        abi: ozGovernorAbi,
        functionName: "propose",
        args: [a.targets, a.values, a.calldatas, a.description],
      }),
  };
}
