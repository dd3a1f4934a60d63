import type { Tally } from "@/domain/votes/tally";
import { tallyShares } from "@/domain/votes/tally";

const pct = (bps: bigint) => `${(Number(bps) / 100).toFixed(Number(bps) % 100 === 0 ? 0 : 1)}%`;

/** For / Against / Abstain as one stacked bar, with the numbers in text for screen readers and small screens. */
export function TallyBar({ tally, compact = false }: { tally: Tally; compact?: boolean }) {
  const s = tallyShares(tally);
  const total = tally.for + tally.against + tally.abstain;
  const summary =
    total === 0n ? "No votes yet" : `For ${pct(s.for)}, Against ${pct(s.against)}, Abstain ${pct(s.abstain)}`;
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
