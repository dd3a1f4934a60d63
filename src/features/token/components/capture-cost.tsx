import { captureCost } from "@/domain/analytics/capture";
import { ratio } from "@/domain/analytics/concentration";
import type { Turnout } from "@/domain/analytics/participation";
import { formatAmount } from "@/lib/format";
import type { TokenUnit } from "../api/use-token-page";
import { amountText, percent } from "./chart-format";
import "./token.css";

/** How many of the last proposals the median turnout is taken over. */
export const CAPTURE_SAMPLE = 10;

/** Votes (and tokens) one voter needs to pass a proposal alone, next to the treasury that would control. */
export function CaptureCost({
  turnouts,
  quorum,
  totalSupply,
  idleSupply,
  treasuryTokens,
  treasuryEth,
  unit,
  block,
}: {
  turnouts: readonly Turnout[];
  quorum: bigint | null;
  totalSupply: bigint;
  idleSupply: bigint;
  treasuryTokens: bigint | null;
  treasuryEth: bigint | null;
  unit: TokenUnit;
  block: number;
}) {
  const last = turnouts.slice(-CAPTURE_SAMPLE);
  const cost = captureCost(
    last.map((t) => t.votes),
    quorum,
  );
  return (
    <section className="panel token-capture" aria-labelledby="capture-title">
      <h2 id="capture-title">Cost of capture</h2>
      {cost.votesNeeded === null ? (
        <p>No proposal has been voted on and the quorum could not be read, so this cannot be computed yet.</p>
      ) : (
        <>
          <p>
            To pass a proposal alone, one voter needs <strong>{amountText(cost.votesNeeded, unit)}</strong> of
            votes ({percent(ratio(cost.votesNeeded, totalSupply))} of the supply): one more than the median
            turnout of the last {cost.sample} proposals
            {cost.medianTurnout === null ? " (none yet)" : ` (${amountText(cost.medianTurnout, unit)})`} all
            voting against, and never less than quorum
            {quorum === null ? " (unknown)" : ` (${amountText(quorum, unit)})`}. One token is one vote once
            delegated before the snapshot, so that is also the tokens needed; {amountText(idleSupply, unit)}{" "}
            are idle today.
          </p>
          <p>
            It would control the treasury, which holds{" "}
            <strong>
              {treasuryTokens === null ? "an unknown amount of" : amountText(treasuryTokens, unit)}
            </strong>{" "}
            and{" "}
            <strong>{treasuryEth === null ? "unknown" : `${formatAmount(treasuryEth, 18, 4)} ETH`}</strong>{" "}
            (read at block {block.toLocaleString()}).
          </p>
        </>
      )}
      <p className="muted">Not counted:</p>
      <ul className="muted">
        <li>the treasury's other assets (stablecoins, other tokens, NFTs): see the treasury page;</li>
        <li>prices: no price feed is read, so tokens and ETH are not put in one currency;</li>
        <li>
          that buying this many tokens would move their price, and that voters may rally against an attack;
        </li>
        <li>
          proposals still ahead of their snapshot, and the timelock delay that gives holders time to exit.
        </li>
      </ul>
    </section>
  );
}
