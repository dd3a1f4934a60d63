import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite, type WriteStep } from "@/chain/write/contract-write";

/** True for query keys that belong to this DAO ([area, kind, { chainId, governor|address }]). */
function isDaoKey(key: readonly unknown[], chainId: number, governor: Address): boolean {
  const params = key[2];
  if (typeof params !== "object" || params === null) return false;
  const p = params as { chainId?: unknown; governor?: unknown; address?: unknown };
  const addr = (p.governor ?? p.address) as string | undefined;
  return p.chainId === chainId && typeof addr === "string" && addr.toLowerCase() === governor.toLowerCase();
}

/**
 * The governance write hook every action uses: runs the one write path, exposes its step, and on success
 * refreshes this DAO's proposal, sync and identity queries (the sync picks up the new logs incrementally).
 */
export function useGovernorWrite(chainId: number, governor: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WriteStep>({ kind: "idle" });
  const mutation = useMutation({
    mutationFn: (call: ContractCall) => sendContractWrite(config, call, setStep),
    onError: (error) => setStep({ kind: "failed", error }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) =>
          ["proposals", "sync", "dao"].includes(String(q.queryKey[0])) &&
          isDaoKey(q.queryKey, chainId, governor),
      }),
  });
  return {
    step,
    send: (call: ContractCall) => mutation.mutateAsync(call).catch(() => undefined),
    reset: () => setStep({ kind: "idle" }),
  };
}
