import { AddressName } from "@/components/address";
import { formatAmount } from "@/lib/format";

type Props = {
  nonVoters: readonly { delegate: string; power: bigint }[];
  token: { decimals: number; symbol: string };
  atSnapshot: boolean;
  chainId: number;
};

/** The heaviest delegates who have not voted yet: who to ask before the vote closes. */
export function NonVoters({ nonVoters, token, atSnapshot, chainId }: Props) {
  return (
    <section className="panel" aria-labelledby="non-voters-heading">
      <h2 id="non-voters-heading">Top delegates who have not voted</h2>
      {nonVoters.length === 0 ? (
        <p className="muted">Every delegate with voting power has voted.</p>
      ) : (
        <ol className="non-voters">
          {nonVoters.map((d) => (
            <li key={d.delegate}>
              <AddressName address={d.delegate} chainId={chainId} />{" "}
              <span className="muted">
                {formatAmount(d.power, token.decimals)} {token.symbol}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">
        {atSnapshot
          ? "Power at the proposal's snapshot."
          : "Current power (this governor counts time in seconds)."}
      </p>
    </section>
  );
}
