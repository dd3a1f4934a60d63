import { AddressText } from "@/components/address";
import type { TreasuryReport } from "@/domain/treasury/report";
import { amountFormatter, blockText } from "./asset-format";

/** Timelock operations no proposal of this governor scheduled: another proposer moved money or rules. */
export function OutsideOperations({ report }: { report: TreasuryReport }) {
  if (!report.parties.timelock) return null;
  if (report.parties.timelockKind === "compound")
    return (
      <section className="panel" aria-labelledby="treasury-outside">
        <h2 id="treasury-outside">Timelock operations outside the vote</h2>
        <p className="muted">
          This governor executes through Compound's Timelock, which has no TimelockController roles or
          CallScheduled operations to check: it queues transactions by hash (QueueTransaction) for its admin.
          Transactions queued outside a proposal are not checked here.
        </p>
      </section>
    );
  const fmt = amountFormatter(report.meta);
  return (
    <section className="panel" aria-labelledby="treasury-outside">
      <h2 id="treasury-outside">Timelock operations outside the vote</h2>
      {report.outside.length === 0 ? (
        <p className="status-ok">
          Every CallScheduled through block {blockText(report.block)} matches a proposal of this governor
          (operation ids re-hashed from the proposals' content).
        </p>
      ) : (
        <>
          <p className="treasury-warning" role="alert">
            {report.outside.length} operation{report.outside.length === 1 ? " was" : "s were"} scheduled in
            the timelock by another proposer role holder, not by a vote.
          </p>
          <ul>
            {report.outside.map((op) => (
              <li key={op.id} data-operation={op.id}>
                <code title={op.id}>{`${op.id.slice(0, 10)}…`}</code> scheduled at block{" "}
                {blockText(op.scheduledBlock)},{" "}
                {op.cancelled
                  ? "cancelled"
                  : op.executedBlock !== null
                    ? `executed at block ${blockText(op.executedBlock)}`
                    : "not executed yet"}
                :{" "}
                {op.calls.map((c) => (
                  <span key={String(c.index)}>
                    call <AddressText address={c.target} />
                    {c.value > 0n && ` with ${fmt("ETH", c.value)}`}
                    {c.data !== "0x" && ` (${c.data.slice(0, 10)})`}{" "}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
