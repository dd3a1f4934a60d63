import type { Delegator } from "@/domain/delegation/delegators";
import { amount, type TokenUnits } from "./token-units";

type Props = {
  delegators: readonly Delegator[];
  units: TokenUnits;
  nameOf: (a: string) => string | undefined;
  dateOf: (block: number, timestamp: number | undefined) => string;
};

/** Who delegates to this address now, with balances and when each chose it. */
export function DelegatorsTable({ delegators, units, nameOf, dateOf }: Props) {
  return (
    <section className="panel" aria-label="Delegators">
      <h2>Delegators ({delegators.length})</h2>
      {delegators.length === 0 ? (
        <p className="muted">Nobody delegates to this address.</p>
      ) : (
        <div className="table-scroll">
          <table className="delegate-table">
            <thead>
              <tr>
                <th scope="col">Holder</th>
                <th scope="col" className="num">
                  Balance
                </th>
                <th scope="col">Delegated since</th>
              </tr>
            </thead>
            <tbody>
              {delegators.map((d) => (
                <tr key={d.holder}>
                  <td>{nameOf(d.holder) ?? d.holder}</td>
                  <td className="num">{amount(d.balance, units)}</td>
                  <td>{dateOf(d.since.blockNumber, d.since.timestamp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
