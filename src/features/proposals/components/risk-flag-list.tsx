import { AddressName } from "@/components/address";
import { outflowAmountText, percentText } from "@/domain/actions/outflow-flag";
import type { RiskReport } from "@/domain/actions/risk";

type Props = { report: RiskReport; block: bigint; chainId: number };

const levelWord = { critical: "Critical", warning: "Warning", info: "Note" } as const;

/** What each outflow was compared with, so a holder can see the check ran and on which numbers. */
function OutflowComparison({ report, block }: Omit<Props, "chainId">) {
  const compared = report.outflows.filter((o) => o.balance !== null);
  if (compared.length === 0) return null;
  return (
    <p className="risk-compared muted">
      Compared with the treasury's balances at block {block.toLocaleString("en-US")}:{" "}
      {compared
        .map(
          (o) =>
            `${outflowAmountText(o, o.amount)} of ${outflowAmountText(o, o.balance ?? 0n)}${o.shareBps === null ? "" : ` (${percentText(o.shareBps)})`}`,
        )
        .join("; ")}
      .
    </p>
  );
}

/** The reasons to look twice before voting, most severe first; "no large sums" only when the sums were compared. */
export function RiskFlagList({ report, block, chainId }: Props) {
  const { flags, outflows } = report;
  if (flags.length === 0) {
    return (
      <>
        <p className="risk-none">
          No risk flags: every action decodes and none touches roles or governance rules;{" "}
          {outflows.length === 0
            ? "it moves no treasury funds."
            : "what it sends is under 10% of the treasury's balance of each asset."}
        </p>
        <OutflowComparison report={report} block={block} />
      </>
    );
  }
  return (
    <>
      <ul className="risk-list" aria-label="Risk flags">
        {flags.map((f) => (
          <li key={`${f.action}-${f.title}`} className={`risk risk-${f.level}`}>
            <strong>
              {levelWord[f.level]}: {f.title}
            </strong>{" "}
            <span className="risk-action">(action {f.action + 1})</span>
            <p>
              {f.subject && (
                <>
                  <AddressName address={f.subject} chainId={chainId} />{" "}
                </>
              )}
              {f.detail}
            </p>
          </li>
        ))}
      </ul>
      <OutflowComparison report={report} block={block} />
    </>
  );
}
