import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address, Hex } from "viem";
import { useConfig } from "wagmi";
import { sendContractWrite } from "@/chain/write/contract-write";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import type { WriteStep } from "@/lib/write-step";

/** What `propose` takes. */
export type ProposeArgs = { targets: Address[]; values: bigint[]; calldatas: Hex[]; description: string };

/** Publishes a proposal through the one write path; on success this DAO's proposal and sync reads refresh. */
export function usePropose(chainId: number, governor: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WriteStep>({ kind: "idle" });
  const mutation = useMutation({
    mutationFn: (a: ProposeArgs) =>
      sendContractWrite(
        config,
        {
          chainId,
          address: governor,
          abi: ozGovernorAbi,
          functionName: "propose",
          args: [a.targets, a.values, a.calldatas, a.description],
        },
        setStep,
      ),
    onError: (error) => setStep({ kind: "failed", error }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) => {
          const k = q.queryKey[2] as { chainId?: number; governor?: string; address?: string } | undefined;
          const addr = k?.governor ?? k?.address;
          return (
            ["proposals", "sync", "dao"].includes(String(q.queryKey[0])) &&
            k?.chainId === chainId &&
            addr?.toLowerCase() === governor.toLowerCase()
          );
        },
      }),
  });
  return {
    step,
    propose: (a: ProposeArgs) =>
      mutation.mutateAsync(a).then(
        (r) => r,
        () => null,
      ),
  };
}
