import type { Address } from "viem";
import { compoundLifecycle } from "@/domain/bravo/lifecycle";
import type { GovernorKindInfo } from "@/domain/dao/governor-kind";
import { availableLifecycle, type LifecycleAction } from "@/domain/proposals/lifecycle";
import type { Proposal } from "@/domain/proposals/proposal";
import { describeError } from "@/lib/errors";
import { isBusy } from "@/lib/write-step";
import { useCancelCheck, useCompoundTimelock } from "../api/compound-lifecycle";
import { useConnectedAccount } from "../api/connected-account";
import { useLifecycle } from "../api/use-lifecycle";
import { WriteStatus } from "./write-status";
import "./vote-panel.css";

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
  /** Compound-style governors queue, execute and cancel by id, against Compound's Timelock. */
  kind: Pick<GovernorKindInfo, "lifecycleBy">;
  timelock: Address | null;
};

type Step = { action: LifecycleAction; why: string | null };

/** The steps by kind: OpenZeppelin's by content; Compound's by id, timed by the timelock's eta and GRACE_PERIOD,
 * with cancel simulated for this account first (Alpha lets anyone cancel once the proposer fell below threshold). */
function useSteps(p: Props, account: Address | undefined): { steps: Step[]; when: string | null } {
  const compound = p.kind.lifecycleBy === "id";
  const grace = useCompoundTimelock(p.chainId, p.governor, compound ? p.timelock : null);
  const planned = compound
    ? compoundLifecycle(p.proposal, grace.data?.gracePeriod ?? null, p.nowSeconds)
    : { actions: availableLifecycle(p.proposal, p.needsQueuing, p.nowSeconds, account), when: null };
  const offersCancel =
    compound && account !== undefined && planned.actions.some((a) => a.action === "cancel");
  const check = useCancelCheck(p.chainId, p.governor, p.proposal.id, account, offersCancel);
  const steps = planned.actions.flatMap((s): Step[] => {
    if (!compound || s.action !== "cancel") return [s];
    if (account === undefined) return []; // whether a stranger may cancel depends on who asks: simulated once connected
    if (check.error)
      return [{ ...s, why: `Could not simulate the cancel: ${describeError(check.error).title}` }];
    if (!check.data)
      return [{ ...s, why: "Simulating whether the governor would accept a cancel from you…" }];
    if (check.data.ok) return [s];
    return [
      {
        ...s,
        why: `A cancel from this account would revert (simulated at block ${check.data.blockNumber.toLocaleString("en-US")}): ${check.data.reason}`,
      },
    ];
  });
  const graceNote =
    compound && grace.error ? ` (GRACE_PERIOD() not read: ${describeError(grace.error).title})` : "";
  return { steps, when: planned.when === null ? null : planned.when + graceNote };
}

/** Queue / Execute / Cancel, each shown only when the governor would accept it now (or saying what it waits for). */
export function LifecycleSection(props: Props) {
  const { chainId, governor, proposal, kind } = props;
  const account = useConnectedAccount();
  const lifecycle = useLifecycle(chainId, governor, proposal, kind.lifecycleBy);
  const { steps, when } = useSteps(props, account.address);
  if (steps.length === 0 && when === null && lifecycle.status === null) return null;
  const busy = lifecycle.status !== null && isBusy(lifecycle.status.step);
  return (
    <section className="panel" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Next step</h2>
      {when && <p className="lifecycle-when">{when}</p>}
      {steps.map(({ action, why }) => (
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
                : action === "cancel" && kind.lifecycleBy === "id"
                  ? "The governor would accept a cancel from this account (simulated)."
                  : "Anyone can send this transaction.")}
          </p>
        </div>
      ))}
      <WriteStatus status={lifecycle.status} />
    </section>
  );
}
