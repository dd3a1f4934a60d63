import type { Address } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import type { Proposal } from "@/domain/proposals/proposal";
import { useConnectedAccount } from "./connected-account";
import { useGovernorWrite } from "./use-governor-write";
import { statusFor } from "./write-scope";

/** Queue, execute and cancel with the proposal's exact content; `status` names the action this account sent. */
export function useLifecycle(chainId: number, governor: Address, p: Proposal) {
  const write = useGovernorWrite(chainId, governor);
  const { address } = useConnectedAccount();
  const call = (functionName: "queue" | "execute" | "cancel") =>
    address &&
    write.send(
      {
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
      },
      { account: address, proposalId: p.id, action: functionName },
    );
  return {
    status: statusFor(write.last, address, p.id, ["queue", "execute", "cancel"]),
    queue: () => call("queue"),
    execute: () => call("execute"),
    cancel: () => call("cancel"),
  };
}
