import { shortAddress } from "@/lib/format";

/** One DAO in a list: where it lives and what it is called. */
export type DaoLinkItem = {
  chainId: number;
  address: string;
  name: string;
  chainName: string;
  note?: string;
};

/** A list of DAOs to open with one click (devnet DAOs, recent DAOs). */
export function DaoLinks({
  title,
  items,
  empty,
  hrefFor,
}: {
  title: string;
  items: DaoLinkItem[];
  empty: string;
  hrefFor: (dao: DaoLinkItem) => string;
}) {
  const headingId = `dao-links-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="dao-list">
          {items.map((d) => (
            <li key={`${d.chainId}:${d.address}`}>
              <a href={hrefFor(d)}>
                <span className="dao-name">{d.name}</span>
                <span className="muted">
                  {d.chainName} · <span className="mono">{shortAddress(d.address)}</span>
                  {d.note && <span className="badge">{d.note}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
