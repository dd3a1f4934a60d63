import { useSearch } from "@tanstack/react-router";
import { ErrorPanel } from "@/components/error-panel";
import { useTreasury } from "@/features/treasury/api/treasury";
import { TreasuryView } from "@/features/treasury/components/treasury-view";
import { parseAtBlock } from "@/lib/at-block";
import { describeError } from "@/lib/errors";
import { useDao } from "../dao-context";
import { daoContractsOf } from "../dao-contracts";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

/** `#/<chainId>/<governor>/treasury[?at=<block>]`: assets, flows, pending outflows and runway, as of a block. */
export function TreasuryPage() {
  const dao = useDao();
  const { logs, synced, verification } = useDaoHistory(dao);
  const search = useSearch({ from: "/$chainId/$governor/treasury" });
  const at = parseAtBlock(search.at);
  const block = at.kind === "block" ? at.block : null;
  const listed = daoContractsOf(dao)?.treasuryTokens ?? [];
  const treasury = useTreasury(dao, synced, block, listed);
  const base = `#/${dao.chainId}/${dao.governor}`;
  const report = treasury.data;
  return (
    <>
      <h1>Treasury</h1>
      <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={null} />
      {at.kind === "invalid" && (
        <p className="panel panel-warning" role="alert">
          “{at.raw}” is not a block number; showing the synced head instead.
        </p>
      )}
      {treasury.beyondHead && (
        <p className="panel panel-warning" role="alert">
          Block {block?.toLocaleString("en-US")} is past the synced head; showing the head.
        </p>
      )}
      {report && (
        <p className="muted" data-testid="treasury-block">
          {block !== null && !treasury.beyondHead ? "As of" : "At the synced head,"} block{" "}
          {report.block.toLocaleString("en-US")}
          {block !== null && (
            <>
              {" "}
              · <a href={`${base}/treasury`}>show the head</a>
            </>
          )}
        </p>
      )}
      {treasury.error && (
        <ErrorPanel
          heading="Could not read the treasury"
          error={describeError(treasury.error)}
          onRetry={() => void treasury.refetch()}
        />
      )}
      {report ? (
        <TreasuryView report={report} proposalHref={(id) => `${base}/proposals/${id}`} />
      ) : (
        !treasury.error && <p aria-busy="true">Reading the treasury…</p>
      )}
    </>
  );
}
