import { useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { useNameLookup } from "@/features/names/api/use-name-lookup";
import { useTokenPage } from "@/features/token/api/use-token-page";
import { AsOfBlock } from "@/features/token/components/as-of-block";
import { CaptureCost } from "@/features/token/components/capture-cost";
import { ParticipationSection } from "@/features/token/components/participation-section";
import { SupplySection } from "@/features/token/components/supply-section";
import { VotingPowerSection } from "@/features/token/components/voting-power-section";
import { parseAtBlock } from "@/lib/at-block";
import { describeError } from "@/lib/errors";
import { useDao } from "../dao-context";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

/** `#/<chainId>/<governor>/token[?at=<block>]`: supply, voting power and participation from the synced logs. */
export function TokenPage() {
  const dao = useDao();
  const search = useSearch({ from: "/$chainId/$governor/token" });
  const at = parseAtBlock(search.at);
  const { logs, synced, verification } = useDaoHistory(dao);
  const page = useTokenPage(dao, synced, at.kind === "block" ? at.block : null);
  const { block, syncedTo, reads, unit, analytics: a, participation, timeOf } = page;
  // The charts and tables name the largest delegates; the rest of the ranking is never shown by name.
  const top = useMemo(() => (a?.ranked ?? []).slice(0, 50).map((r) => r.address), [a]);
  const lookup = useNameLookup(dao.chainId, top);
  const nameOf = useCallback((address: string) => lookup(address) ?? null, [lookup]);
  const read = reads.data;
  const base = `#/${dao.chainId}/${dao.governor}/token`;
  if (!dao.token)
    return (
      <ErrorPanel
        heading="No voting token"
        error={{ kind: "unknown", title: "This governor's token() could not be read.", retry: false }}
      />
    );
  return (
    <>
      <h1>
        Token: {dao.token.name || "unnamed"} ({unit?.symbol ?? dao.token.symbol})
      </h1>
      {unit?.isNft && (
        <p className="muted">
          This token has no decimals(): it is counted as an NFT voting token (ERC721Votes), one vote per
          token.
        </p>
      )}
      <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} />
      {block !== null && syncedTo !== null && (
        <AsOfBlock at={at} block={block} syncedTo={syncedTo} headHref={base} />
      )}
      {reads.error && (
        <ErrorPanel
          heading="Could not read the token at this block"
          error={describeError(reads.error)}
          onRetry={() => void reads.refetch()}
        />
      )}
      {a && read && unit && timeOf && block !== null ? (
        <>
          <SupplySection
            a={a}
            unit={unit}
            timeOf={timeOf}
            block={block}
            hasTreasury={dao.treasury.address !== null}
          />
          <VotingPowerSection
            a={a}
            quorum={read.quorum}
            unit={unit}
            timeOf={timeOf}
            block={block}
            nameOf={nameOf}
          />
          <CaptureCost
            turnouts={participation?.turnouts ?? []}
            quorum={read.quorum}
            totalSupply={a.state.totalSupply}
            idleSupply={a.state.totalSupply - a.state.delegatedSupply}
            treasuryTokens={read.treasuryTokens}
            treasuryEth={read.treasuryEth}
            unit={unit}
            block={block}
          />
          {participation && (
            <ParticipationSection
              p={participation}
              unit={unit}
              timeOf={timeOf}
              block={block}
              nameOf={nameOf}
            />
          )}
        </>
      ) : (
        !reads.error && !logs.error && <p aria-busy="true">Replaying the token's history…</p>
      )}
    </>
  );
}
