import type { Proposal } from "./proposal";

/** Which lifecycle step a person can take now; each is offered only when the governor would accept it. */
export type LifecycleAction = "queue" | "execute" | "cancel";

/** The actions available for a proposal at `nowSeconds`, given whether the governor queues and who is asking. */
export function availableLifecycle(
  p: Pick<Proposal, "state" | "eta" | "proposer">,
  needsQueuing: boolean,
  nowSeconds: number,
  account: string | undefined,
): { action: LifecycleAction; why: string | null }[] {
  const out: { action: LifecycleAction; why: string | null }[] = [];
  if (p.state === "Succeeded" && needsQueuing) out.push({ action: "queue", why: null });
  if (p.state === "Succeeded" && !needsQueuing) out.push({ action: "execute", why: null });
  if (p.state === "Queued") {
    const ready = p.eta !== null && Number(p.eta) <= nowSeconds;
    const when =
      p.eta === null ? "" : new Date(Number(p.eta) * 1000).toISOString().replace("T", " ").slice(0, 16);
    out.push({ action: "execute", why: ready ? null : `The timelock delay runs until ${when} UTC.` });
  }
  if (p.state === "Pending" && account?.toLowerCase() === p.proposer.toLowerCase()) {
    out.push({ action: "cancel", why: null });
  }
  return out;
}
