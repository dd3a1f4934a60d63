import type { Address } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import type { Proposal } from "@/domain/proposals/proposal";
import { useGovernorWrite } from "./use-governor-write";

/** Queue, execute and cancel with the proposal's exact content and description hash. */
export function useLifecycle(chainId: number, governor: Address) {
  const write = useGovernorWrite(chainId, governor);
  const call = (functionName: "queue" | "execute" | "cancel", p: Proposal) =>
    write.send({
      chainId,
      address: governor,
      abi: ozGovernorAbi,
      functionName,
      args: [
        p.actions.map((a) => a.target),
        p.actions.map((a) => a.value),
        p.actions.map((a) => a.calldata),
        p.descriptionHash,
      ],
    });
  return {
    step: write.step,
    queue: (p: Proposal) => call("queue", p),
    execute: (p: Proposal) => call("execute", p),
    cancel: (p: Proposal) => call("cancel", p),
  };
}
