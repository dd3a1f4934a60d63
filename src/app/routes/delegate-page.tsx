import { useParams, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { delegatorsByDelegate } from "@/domain/delegation/delegators";
import { majorityByProposal, votesByVoter, withMajority } from "@/domain/delegation/votes";
import { useLeaderboard } from "@/features/delegates/api/leaderboard";
import { AtBlockNote } from "@/features/delegates/components/at-block-note";
import { CompareDelegates } from "@/features/delegates/components/compare-delegates";
import { DelegateAction } from "@/features/delegates/components/delegate-action";
import { DelegateVotes } from "@/features/delegates/components/delegate-votes";
import { DelegatorsTable } from "@/features/delegates/components/delegators-table";
import { PowerChart } from "@/features/delegates/components/power-chart";
import { amount } from "@/features/delegates/components/token-units";
import "@/features/delegates/components/delegates.css";
import { shortProposalId } from "@/lib/proposal-id";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { useAddressNames } from "./delegation-names";
import { SyncBanner } from "./sync-banner";

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const date = (s: number) => new Date(s * 1000).toLocaleDateString(undefined, { dateStyle: "medium" });

/** `#/<chainId>/<governor>/delegates/<address>`: one delegate's power, votes, delegators and the delegate action. */
export function DelegatePage() {
  const dao = useDao();
  const { address: raw } = useParams({ from: "/$chainId/$governor/delegates/$address" });
  const search = useSearch({ from: "/$chainId/$governor/delegates/$address" });
  const { logs, synced, verification } = useDaoHistory(dao);
  const lb = useLeaderboard(dao, synced, search.at);
  const nameOf = useAddressNames(dao.chainId);
  const address = (raw ?? "").toLowerCase();
  const derived = useMemo(() => {
    if (!lb.board) return null;
    const atBlock = lb.board.blockNumber;
    const votes = lb.votes.filter((v) => v.blockNumber <= atBlock);
    return {
      byVoter: votesByVoter(votes),
      majority: majorityByProposal(votes),
      delegators: delegatorsByDelegate(lb.changes, atBlock).get(address) ?? [],
    };
  }, [lb.board, lb.votes, lb.changes, address]);
  const base = `#/${dao.chainId}/${dao.governor}`;
  if (!ADDRESS.test(raw ?? ""))
    return (
      <ErrorPanel
        heading="Not an address"
        error={{ kind: "unknown", title: `“${raw}” is not an address (0x and 40 hex digits).`, retry: false }}
      />
    );
  const token = dao.token;
  if (!token) return <p>This governor reports no voting token.</p>;
  const units = { decimals: token.decimals, symbol: token.symbol };
  const name = nameOf(address);
  const board = lb.board;
  const row = board?.rows.find((r) => r.address === address);
  const titles = new Map(lb.proposals.map((p) => [p.id, p.title]));
  const titleOf = (id: bigint) => titles.get(id) ?? `Proposal ${shortProposalId(id)}`;
  const mine = derived?.byVoter.get(address);
  const majority = derived ? withMajority(mine, derived.majority) : null;
  return (
    <>
      <p>
        <a href={`${base}/delegates`}>← All delegates</a>
      </p>
      <h1>{name ?? "Delegate"}</h1>
      <p className="mono delegate-address">{raw}</p>
      <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={null} />
      {board && lb.pin.block !== null && (
        <AtBlockNote
          at={lb.pin.at}
          block={lb.pin.block}
          capped={lb.pin.capped}
          headHref={`${base}/delegates/${address}`}
        />
      )}
      {!board || !derived ? (
        <p aria-busy="true">Replaying delegation history…</p>
      ) : (
        <>
          <section className="panel delegation-summary" aria-label="Summary">
            <dl className="summary-figures">
              <div>
                <dt>Voting power</dt>
                <dd data-testid="delegate-votes">{amount(row?.votes ?? 0n, units)}</dd>
              </div>
              <div>
                <dt>Rank</dt>
                <dd>{row && row.votes > 0n ? `${row.rank} of ${board.rows.length}` : "–"}</dd>
              </div>
              <div>
                <dt>Delegators</dt>
                <dd data-testid="delegate-delegators">{derived.delegators.length}</dd>
              </div>
              <div>
                <dt>Participation</dt>
                <dd>
                  {row && row.participation.eligible > 0
                    ? `voted in ${row.participation.voted} of the last ${row.participation.eligible}`
                    : "no eligible proposal"}
                </dd>
              </div>
              <div>
                <dt>Voted with the majority</dt>
                <dd>{majority && majority.of > 0 ? `${majority.agreed} of ${majority.of}` : "–"}</dd>
              </div>
            </dl>
          </section>
          <DelegateAction
            chainId={dao.chainId}
            governor={dao.governor}
            token={token.address}
            units={units}
            rows={board.rows}
            nameOf={nameOf}
            target={raw}
            heading="Delegate to this address"
          />
          <PowerChart points={board.histories.get(address) ?? []} units={units} block={board.blockNumber} />
          <DelegatorsTable
            delegators={derived.delegators}
            units={units}
            nameOf={nameOf}
            dateOf={(b, t) => (t !== undefined ? date(t) : `block ${b.toLocaleString("en-US")}`)}
          />
          <DelegateVotes
            votes={[...(mine?.values() ?? [])]}
            created={lb.proposals.filter((p) => p.proposer === address)}
            titleOf={titleOf}
            proposalHref={(id) => `${base}/proposals/${id}`}
            units={units}
          />
          <CompareDelegates
            address={address}
            others={board.rows.slice(0, 100).map((r) => r.address)}
            byVoter={derived.byVoter}
            nameOf={nameOf}
            titleOf={titleOf}
          />
        </>
      )}
    </>
  );
}
