import { useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import type { Address } from "viem";
import { openProposals, votesByVoter } from "@/domain/delegation/votes";
import { eventsNamed } from "@/domain/events/decode";
import { useConnectedAccount, useHolder } from "@/features/delegates/api/holder";
import { useLeaderboard } from "@/features/delegates/api/leaderboard";
import { useSignedHere } from "@/features/delegates/api/signed-delegations";
import { DelegateAction } from "@/features/delegates/components/delegate-action";
import { MeSummary } from "@/features/delegates/components/me-summary";
import "@/features/delegates/components/delegates.css";
import { describeError } from "@/lib/errors";
import { shortProposalId } from "@/lib/proposal-id";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { useAddressNames } from "./delegation-names";
import { SyncBanner } from "./sync-banner";

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** `#/<chainId>/<governor>/me`: the connected account, or `?account=` read-only. */
export function MePage() {
  const dao = useDao();
  const search = useSearch({ from: "/$chainId/$governor/me" });
  const connected = useConnectedAccount();
  const { logs, synced, verification } = useDaoHistory(dao);
  const lb = useLeaderboard(dao, synced, undefined);
  const nameOf = useAddressNames(dao.chainId);
  const token = dao.token;
  const badParam = search.account !== undefined && !ADDRESS.test(search.account);
  const account = (search.account && !badParam ? search.account : connected.address) as Address | undefined;
  const readOnly = search.account !== undefined;
  const holder = useHolder(dao.chainId, dao.governor, token?.address ?? null, account);
  const signed = useSignedHere(dao.chainId, token?.address ?? null);
  const key = account?.toLowerCase() ?? "";
  const byVoter = useMemo(() => votesByVoter(lb.votes), [lb.votes]);
  const events = synced?.events;
  const canceled = useMemo(
    () => new Set(eventsNamed(events ?? [], "ProposalCanceled").map((e) => e.args.proposalId)),
    [events],
  );
  const base = `#/${dao.chainId}/${dao.governor}`;
  if (!token) return <p>This governor reports no voting token.</p>;
  const units = { decimals: token.decimals, symbol: token.symbol };
  const titles = new Map(lb.proposals.map((p) => [p.id, p.title]));
  const board = lb.board;
  // The governor's clock at the pinned block: its number, or its time on a timestamp (ERC-6372) clock.
  const nowClock =
    board && lb.nowSeconds !== undefined
      ? dao.clock.kind === "timestamp"
        ? BigInt(lb.nowSeconds)
        : BigInt(board.blockNumber)
      : null;
  const open = nowClock === null ? [] : openProposals(lb.proposals, nowClock, canceled);
  return (
    <>
      <h1>{account ? (nameOf(account) ?? "Account") : "Me"}</h1>
      {badParam && (
        <p className="panel panel-warning" role="alert">
          “{search.account}” is not an address, so this shows{" "}
          {connected.address ? "your connected account" : "nothing"}.
        </p>
      )}
      {account && (
        <p className="mono">
          {account}
          {readOnly ? " (read-only view)" : ""}
        </p>
      )}
      {!account ? (
        <p className="panel">
          Connect a wallet, or open <code>?account=0x…</code> to view any account read-only.
        </p>
      ) : (
        <>
          <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={null} />
          {!readOnly && board && (
            <DelegateAction
              chainId={dao.chainId}
              governor={dao.governor}
              token={token.address}
              units={units}
              rows={board.rows}
              nameOf={nameOf}
              target="self"
            />
          )}
          {board ? (
            <MeSummary
              account={key}
              balance={holder.data?.balance ?? null}
              votesNow={holder.data?.votes ?? null}
              readError={holder.error && !holder.data ? describeError(holder.error).title : null}
              history={lb.changes.filter(
                (c): c is Extract<typeof c, { kind: "delegate" }> =>
                  c.kind === "delegate" && c.delegator.toLowerCase() === key,
              )}
              points={board.histories.get(key)}
              open={open}
              mine={byVoter.get(key)}
              clock={dao.clock}
              signed={(signed.data ?? []).filter((s) => s.delegator.toLowerCase() === key)}
              units={units}
              nameOf={nameOf}
              proposalHref={(id) => `${base}/proposals/${id}`}
              titleOf={(id) => titles.get(id) ?? `Proposal ${shortProposalId(id)}`}
            />
          ) : (
            <p aria-busy="true">Replaying delegation history…</p>
          )}
        </>
      )}
    </>
  );
}
