import type { ProposalState } from "@/domain/proposals/state";

/** A proposal state as a coloured badge; `label` may add the reason (e.g. "Defeated (no quorum)"). */
export function StateBadge({ state, label }: { state: ProposalState; label?: string }) {
  return <span className={`badge badge-state badge-${state.toLowerCase()}`}>{label ?? state}</span>;
}
