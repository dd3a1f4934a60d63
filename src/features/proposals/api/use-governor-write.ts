import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite } from "@/chain/write/contract-write";
import { proposalKeys } from "./keys";
import type { ScopedStep, WriteScope } from "./write-scope";

/**
 * The governance write hook every action uses: runs the one write path for a scope (account, proposal,
 * action), keeps the last write's step with its scope, and on success refreshes this DAO's proposal reads
 * through the key factory plus the synced logs and DAO reads (which pick up the new logs incrementally).
 */
export function useGovernorWrite(chainId: number, governor: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [last, setLast] = useState<ScopedStep | null>(null);
  const mutation = useMutation({
    mutationFn: ({ call, scope }: { call: ContractCall; scope: WriteScope }) =>
      sendContractWrite(config, call, (step) => setLast({ scope, step })),
    onError: (error, { scope }) => setLast({ scope, step: { kind: "failed", error } }),
    onSuccess: async () => {
      await Promise.all([
        ...proposalKeys
          .ofDao(chainId, governor)
          .map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        // Other areas' keys are theirs to shape; their prefixes refresh only the queries on screen.
        queryClient.invalidateQueries({ queryKey: ["sync"] }),
        queryClient.invalidateQueries({ queryKey: ["dao"] }),
      ]);
    },
  });
  return {
    last,
    send: (call: ContractCall, scope: WriteScope) =>
      mutation.mutateAsync({ call, scope }).catch(() => undefined),
  };
}
