import { humanSeconds } from "@/domain/dao/clock";
import type { LifecycleAction } from "@/domain/proposals/lifecycle";
import type { Proposal } from "@/domain/proposals/proposal";

/** Compound's Timelock as read: `GRACE_PERIOD()` in seconds (null when it could not be read) and at which block. */
export type CompoundTimelockRead = { gracePeriod: bigint | null; blockNumber: bigint };

/** The lifecycle of a Compound-style proposal now: the steps, why one waits, and a line on its timing. */
export type CompoundLifecycle = {
  actions: { action: LifecycleAction; why: string | null }[];
  /** "Queued, executable from …" / "Expired: …"; null when there is nothing to time. */
  when: string | null;
};

/** A unix time in UTC, minute precision, the same on every machine. */
export const utcMinute = (seconds: bigint) =>
  `${new Date(Number(seconds) * 1000).toISOString().replace("T", " ").slice(0, 16)} UTC`;

const CANCELLABLE = new Set(["Pending", "Active", "Succeeded", "Queued"]);

/** GovernorAlpha/Bravo: queue(id) once Succeeded; execute(id) from eta until eta + GRACE_PERIOD (read from the
 * timelock, never assumed); Expired after; cancel(id) while not final (whether it would revert is simulated
 * by the page: Alpha lets anyone cancel once the proposer fell below the threshold, Bravo also the guardian). */
export function compoundLifecycle(
  p: Pick<Proposal, "state" | "eta">,
  gracePeriod: bigint | null,
  nowSeconds: number,
): CompoundLifecycle {
  const actions: CompoundLifecycle["actions"] = [];
  let when: string | null = null;
  const end = p.eta !== null && gracePeriod !== null ? p.eta + gracePeriod : null;
  const grace =
    gracePeriod === null
      ? "the timelock's GRACE_PERIOD() could not be read, so when it expires is unknown"
      : `then the timelock's grace period of ${humanSeconds(Number(gracePeriod))} (GRACE_PERIOD())`;
  if (p.state === "Succeeded") actions.push({ action: "queue", why: null });
  if (p.state === "Queued") {
    if (p.eta === null) {
      actions.push({ action: "execute", why: "The timelock's eta could not be read." });
    } else {
      const now = BigInt(nowSeconds);
      when = `Queued, executable from ${utcMinute(p.eta)}${end === null ? "" : ` until ${utcMinute(end)}`}: ${grace}.`;
      const why =
        now < p.eta
          ? `Executable from ${utcMinute(p.eta)} (in ${humanSeconds(Number(p.eta - now))}).`
          : end !== null && now >= end
            ? `The grace period ended at ${utcMinute(end)}: the timelock would refuse it as stale.`
            : null;
      actions.push({ action: "execute", why });
    }
  }
  if (p.state === "Expired") {
    when =
      end === null
        ? "Expired: it was not executed within the timelock's grace period."
        : `Expired: not executed between its eta ${utcMinute(p.eta ?? 0n)} and ${utcMinute(end)} (eta + GRACE_PERIOD() of ${humanSeconds(Number(gracePeriod))}).`;
  }
  if (CANCELLABLE.has(p.state)) actions.push({ action: "cancel", why: null });
  return { actions, when };
}
