import { useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { leaderboardSearch, parseLeaderboardView } from "@/domain/delegation/leaderboard-view";
import { useLeaderboard } from "@/features/delegates/api/leaderboard";
import { AtBlockNote } from "@/features/delegates/components/at-block-note";
import { DelegateAction } from "@/features/delegates/components/delegate-action";
import { DelegationSummary } from "@/features/delegates/components/delegation-summary";
import { LeaderboardTable } from "@/features/delegates/components/leaderboard-table";
import { SubmitDelegations } from "@/features/delegates/components/submit-delegations";
import { useNameLookup } from "@/features/names/api/use-name-lookup";
import { describeError } from "@/lib/errors";
import "@/features/delegates/components/delegates.css";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

/** `#/<chainId>/<governor>/delegates`: the leaderboard, computed from the synced logs and reconciled. */
export function DelegatesPage() {
  const dao = useDao();
  const { logs, synced, verification } = useDaoHistory(dao);
  const search = useSearch({ from: "/$chainId/$governor/delegates" });
  const navigate = useNavigate();
  const lb = useLeaderboard(dao, synced, search.at);
  const rows = lb.board?.rows;
  const named = useMemo(() => (rows ?? []).map((r) => r.address), [rows]);
  const nameOf = useNameLookup(dao.chainId, named);
  const view = parseLeaderboardView(search);
  const base = `#/${dao.chainId}/${dao.governor}`;
  const token = dao.token;
  if (!token)
    return (
      <ErrorPanel
        heading="No voting token"
        error={{ kind: "unknown", title: "This governor reports no token.", retry: false }}
      />
    );
  const units = { decimals: token.decimals, symbol: token.symbol };
  const keep = lb.pin.at.kind === "block" ? { at: String(lb.pin.at.block) } : {};
  return (
    <>
      <h1>Delegates</h1>
      <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={null} />
      {lb.board && lb.pin.block !== null && (
        <AtBlockNote
          at={lb.pin.at}
          block={lb.pin.block}
          capped={lb.pin.capped}
          headHref={`${base}/delegates`}
        />
      )}
      {lb.error && !lb.board && (
        <ErrorPanel heading="Could not read the chain" error={describeError(lb.error)} />
      )}
      {lb.board ? (
        <>
          <DelegationSummary
            board={lb.board}
            units={units}
            reconciliation={lb.reconciliation}
            checking={lb.checking}
            checkError={lb.error ? describeError(lb.error).title : null}
          />
          <LeaderboardTable
            rows={lb.board.rows}
            totalSupply={lb.board.totalSupply}
            delegatedSupply={lb.board.delegatedSupply}
            units={units}
            view={view}
            onViewChange={(v) =>
              void navigate({ to: ".", search: { ...keep, ...leaderboardSearch(v) }, replace: true })
            }
            nameOf={nameOf}
            delegateHref={(a) => `${base}/delegates/${a}`}
            proposalHref={(id) => `${base}/proposals/${id}`}
          />
          <div className="delegate-grid">
            <DelegateAction
              chainId={dao.chainId}
              governor={dao.governor}
              token={token.address}
              units={units}
              rows={lb.board.rows}
              nameOf={nameOf}
            />
            <SubmitDelegations
              chainId={dao.chainId}
              governor={dao.governor}
              token={token.address}
              nameOf={nameOf}
              initial={search.delegation}
            />
          </div>
        </>
      ) : (
        !lb.error && <p aria-busy="true">Replaying delegation history…</p>
      )}
    </>
  );
}
