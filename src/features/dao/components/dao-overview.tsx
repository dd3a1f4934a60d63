import type { ReactNode } from "react";
import { AddressText } from "@/components/address";
import { clockUnitLabel, describeDuration } from "@/domain/dao/clock";
import type { DaoIdentity } from "@/domain/dao/identity";
import { describeCountingMode } from "@/domain/dao/quorum";
import { formatAmount, formatInteger } from "@/lib/format";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The DAO at a glance: voting rules in their own units, token, and treasury; `summary` (the figures)
 * stands between its heading and those details. */
export function DaoOverview({
  dao,
  chainName,
  summary,
}: {
  dao: DaoIdentity;
  chainName: string;
  summary?: ReactNode;
}) {
  const token = dao.token;
  const amount = (raw: bigint) =>
    token ? `${formatAmount(raw, token.decimals)} ${token.symbol}` : formatInteger(raw);
  const duration = (v: bigint) => describeDuration(v, dao.clock, dao.blockSeconds);
  return (
    <>
      <section className="panel" aria-labelledby="dao-title">
        <h1 id="dao-title">{dao.name}</h1>
        <dl className="facts">
          <Fact term="Chain">
            {chainName} ({dao.chainId})
          </Fact>
          <Fact term="Governor">
            <AddressText address={dao.governor} label="governor" />
          </Fact>
          <Fact term="Governor kind">
            {dao.kind.label}
            {dao.kind.notes.length > 0 && <span className="muted"> ({dao.kind.notes.join(" ")})</span>}
          </Fact>
          <Fact term="Read at block">{formatInteger(dao.blockNumber)}</Fact>
        </dl>
      </section>
      {summary}
      <div className="grid-2">
        <section className="panel" aria-labelledby="rules-title">
          <h2 id="rules-title">Voting rules</h2>
          <dl className="facts">
            <Fact term="Clock">{clockUnitLabel(dao.clock)}</Fact>
            <Fact term="Voting delay">{duration(dao.votingDelay)}</Fact>
            <Fact term="Voting period">{duration(dao.votingPeriod)}</Fact>
            <Fact term="Proposal threshold">{amount(dao.proposalThreshold)}</Fact>
            <Fact term="Quorum">
              {dao.quorum ? `${dao.quorum.percent} of supply` : "Not a quorum fraction"}
              {dao.quorumVotes !== null && <span className="muted"> ({amount(dao.quorumVotes)})</span>}
            </Fact>
            <Fact term="Vote counting">{describeCountingMode(dao.countingMode)}</Fact>
            {dao.proposalCount !== null && <Fact term="Proposals">{formatInteger(dao.proposalCount)}</Fact>}
            {dao.needsQueuing !== null && (
              <Fact term="Execution">
                {dao.needsQueuing ? "Queued in the timelock first" : "Directly by the governor"}
              </Fact>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="token-title">
          <h2 id="token-title">Token</h2>
          {token ? (
            <dl className="facts">
              <Fact term="Name">
                {token.unnamed
                  ? `${token.name} (its name() or symbol() reverts)`
                  : `${token.name} (${token.symbol})`}
              </Fact>
              <Fact term="Address">
                <AddressText address={token.address} label="token" />
              </Fact>
              <Fact term="Total supply">
                {amount(token.totalSupply)}
                {token.supplyFrom === "getPastTotalSupply" &&
                  " (getPastTotalSupply one block back: no totalSupply())"}
              </Fact>
              <Fact term="Decimals">
                {token.wholeVotes
                  ? `none: whole votes${token.kind === "erc721" ? " (ERC-721: one NFT, one vote)" : ""}`
                  : token.decimals}
              </Fact>
            </dl>
          ) : (
            <p className="muted">This governor exposes no voting token (no token()).</p>
          )}
        </section>
        <section className="panel" aria-labelledby="treasury-title">
          <h2 id="treasury-title">Treasury</h2>
          <dl className="facts">
            <Fact term={dao.treasury.isTimelock ? "Timelock" : "Held by the governor (no timelock)"}>
              <AddressText address={dao.treasury.address} label="treasury" />
            </Fact>
            <Fact term="ETH balance">{formatAmount(dao.treasury.ethBalance, 18, 4)} ETH</Fact>
          </dl>
        </section>
      </div>
    </>
  );
}
