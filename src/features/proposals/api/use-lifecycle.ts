import type { Address } from "viem";
import { lifecycleCall } from "@/chain/write/governor-calls";
import type { GovernorKindInfo } from "@/domain/dao/governor-kind";
import type { Proposal } from "@/domain/proposals/proposal";
import { useConnectedAccount } from "./connected-account";
import { useGovernorWrite } from "./use-governor-write";
import { statusFor } from "./write-scope";

/** Queue, execute and cancel, by id on Compound's governors and by the exact content on OpenZeppelin's
 * (OZ 4.9's Bravo-compatible `queue(id)` overload is not used: content works on every OZ release);
 * `status` names the action this account sent. */
export function useLifecycle(
  chainId: number,
  governor: Address,
  p: Proposal,
  by: GovernorKindInfo["lifecycleBy"] = "content",
) {
  const write = useGovernorWrite(chainId, governor);
  const { address } = useConnectedAccount();
  const call = (action: "queue" | "execute" | "cancel") =>
    address &&
    write.send(lifecycleCall({ chainId, governor, by, action, proposal: p }), {
      account: address,
      proposalId: p.id,
      action,
    });
  return {
    status: statusFor(write.last, address, p.id, ["queue", "execute", "cancel"]),
    queue: () => call("queue"),
    execute: () => call("execute"),
    cancel: () => call("cancel"),
  };
}
