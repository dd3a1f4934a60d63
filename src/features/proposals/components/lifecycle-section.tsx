import type { Address } from "viem";
import { availableLifecycle, type LifecycleAction } from "@/domain/proposals/lifecycle";
import type { Proposal } from "@/domain/proposals/proposal";
import { isBusy } from "@/lib/write-step";
import { useConnectedAccount } from "../api/connected-account";
import { useLifecycle } from "../api/use-lifecycle";
import { WriteStatus } from "./write-status";

const LABELS: Record<LifecycleAction, string> = {
  queue: "Queue for execution",
  execute: "Execute",
  cancel: "Cancel proposal",
};

type Props = {
  chainId: number;
  governor: Address;
  proposal: Proposal;
  needsQueuing: boolean;
  nowSeconds: number;
};

/** Queue / Execute / Cancel, each shown only when the governor would accept it now (or saying what it waits for). */
export function LifecycleSection({ chainId, governor, proposal, needsQueuing, nowSeconds }: Props) {
  const account = useConnectedAccount();
  const lifecycle = useLifecycle(chainId, governor, proposal);
  const available = availableLifecycle(proposal, needsQueuing, nowSeconds, account.address);
  if (available.length === 0 && lifecycle.status === null) return null;
  const busy = lifecycle.status !== null && isBusy(lifecycle.status.step);
  return (
    <section className="panel" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Next step</h2>
      {available.map(({ action, why }) => (
        <div key={action}>
          <button
            type="button"
            className="btn btn-primary"
            disabled={why !== null || busy || account.address === undefined}
            onClick={() => void lifecycle[action]()}
          >
            {LABELS[action]}
          </button>
          <p className="muted">
            {why ??
              (account.address === undefined
                ? "Connect a wallet to send it."
                : "Anyone can send this transaction.")}
          </p>
        </div>
      ))}
      <WriteStatus status={lifecycle.status} />
    </section>
  );
}
