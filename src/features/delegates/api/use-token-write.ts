import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite } from "@/chain/write/contract-write";
import type { WriteStep } from "@/lib/write-step";

/** True for query keys of this DAO ([area, kind, { chainId, governor|address }]). */
function isDaoKey(key: readonly unknown[], chainId: number, governor: Address): boolean {
  const params = key[2];
  if (typeof params !== "object" || params === null) return false;
  const p = params as { chainId?: unknown; governor?: unknown; address?: unknown };
  const addr = (p.governor ?? p.address) as string | undefined;
  return p.chainId === chainId && typeof addr === "string" && addr.toLowerCase() === governor.toLowerCase();
}

/**
 * A delegation write through the one write path (chain check → simulate → wallet → receipt); on success it
 * refreshes this DAO's delegation, sync, proposal and identity queries, so the new logs come in incrementally.
 */
export function useTokenWrite(chainId: number, governor: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WriteStep>({ kind: "idle" });
  const mutation = useMutation({
    mutationFn: (call: ContractCall) => sendContractWrite(config, call, setStep),
    onError: (error) => setStep({ kind: "failed", error }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) =>
          ["delegates", "proposals", "sync", "dao"].includes(String(q.queryKey[0])) &&
          isDaoKey(q.queryKey, chainId, governor),
      }),
  });
  return {
    step,
    send: (call: ContractCall) => mutation.mutateAsync(call).catch(() => undefined),
    reset: () => setStep({ kind: "idle" }),
  };
}
