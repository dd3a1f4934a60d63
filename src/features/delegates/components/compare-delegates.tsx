import { useState } from "react";
import { agreement, type CastVote } from "@/domain/delegation/votes";
import { SUPPORT_LABELS } from "@/domain/votes/vote";

type Props = {
  address: string;
  others: readonly string[];
  byVoter: ReadonlyMap<string, ReadonlyMap<bigint, CastVote>>;
  nameOf: (a: string) => string | undefined;
  titleOf: (id: bigint) => string;
};

/** "Compare with…": the proposals both delegates voted on and how often they chose the same side. */
export function CompareDelegates({ address, others, byVoter, nameOf, titleOf }: Props) {
  const [other, setOther] = useState("");
  const result = other ? agreement(byVoter.get(address), byVoter.get(other)) : null;
  return (
    <section className="panel" aria-label="Compare">
      <h2>Compare with…</h2>
      <label>
        Another delegate{" "}
        <select value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">Choose…</option>
          {others
            .filter((o) => o !== address)
            .map((o) => (
              <option key={o} value={o}>
                {nameOf(o) ?? o}
              </option>
            ))}
        </select>
      </label>
      {result &&
        (result.both === 0 ? (
          <p>They never voted on the same proposal.</p>
        ) : (
          <>
            <p data-testid="agreement">
              Both voted on {result.both} proposals and agreed on {result.agreed} (
              {Math.round((100 * result.agreed) / result.both)}%).
            </p>
            <ul>
              {result.proposals.map((p) => (
                <li key={p.id.toString()}>
                  {titleOf(p.id)}: {SUPPORT_LABELS[p.a]} vs {SUPPORT_LABELS[p.b]}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
