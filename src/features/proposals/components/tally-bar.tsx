import type { Tally } from "@/domain/votes/tally";
import { tallyShares } from "@/domain/votes/tally";

const pct = (bps: bigint) => `${(Number(bps) / 100).toFixed(Number(bps) % 100 === 0 ? 0 : 1)}%`;

type Props = {
  tally: Tally;
  compact?: boolean;
  /** False for governors with no Abstain (GovernorAlpha): the legend then names For and Against only. */
  abstain?: boolean;
};

/** For / Against / Abstain as one stacked bar, with the numbers in text for screen readers and small screens. */
export function TallyBar({ tally, compact = false, abstain = true }: Props) {
  const s = tallyShares(tally);
  const total = tally.for + tally.against + tally.abstain;
  const parts = [`For ${pct(s.for)}`, `Against ${pct(s.against)}`];
  if (abstain || tally.abstain > 0n) parts.push(`Abstain ${pct(s.abstain)}`);
  const summary = total === 0n ? "No votes yet" : parts.join(", ");
  return (
    <div className={compact ? "tally tally-compact" : "tally"}>
      <div className="tally-bar" role="img" aria-label={summary}>
        {total > 0n && (
          <>
            <span className="tally-for" style={{ width: pct(s.for) }} />
            <span className="tally-against" style={{ width: pct(s.against) }} />
            <span className="tally-abstain" style={{ width: pct(s.abstain) }} />
          </>
        )}
      </div>
      <p className={compact ? "tally-legend tally-legend-compact" : "tally-legend"}>{summary}</p>
    </div>
  );
}
