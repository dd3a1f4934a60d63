import { formatAmount, shortAddress } from "@/lib/format";

type Props = {
  nonVoters: readonly { delegate: string; power: bigint }[];
  token: { decimals: number; symbol: string };
  atSnapshot: boolean;
  nameOf?: (address: string) => string | null;
};

/** The heaviest delegates who have not voted yet: who to ask before the vote closes. */
export function NonVoters({ nonVoters, token, atSnapshot, nameOf }: Props) {
  return (
    <section className="panel" aria-labelledby="non-voters-heading">
      <h2 id="non-voters-heading">Top delegates who have not voted</h2>
      {nonVoters.length === 0 ? (
        <p className="muted">Every delegate with voting power has voted.</p>
      ) : (
        <ol className="non-voters">
          {nonVoters.map((d) => (
            <li key={d.delegate}>
              <span title={d.delegate}>{nameOf?.(d.delegate) ?? shortAddress(d.delegate)}</span>{" "}
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
