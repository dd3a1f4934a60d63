import { useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import type { Address } from "viem";
import { ErrorPanel } from "@/components/error-panel";
import { useCharterCheck } from "@/features/charter/api/charter-check";
import { useAdoptCharter } from "@/features/charter/api/use-adopt-charter";
import { useCharterModel } from "@/features/charter/api/use-charter-model";
import { AdoptCharter } from "@/features/charter/components/adopt-charter";
import { AtNote } from "@/features/charter/components/at-note";
import { CharterView } from "@/features/charter/components/charter-view";
import { CheckLine } from "@/features/charter/components/check-line";
import { useConnectedAccount } from "@/features/proposals/api/connected-account";
import { useProposals } from "@/features/proposals/api/use-proposals";
import { parseAtBlock } from "@/lib/at-block";
import { describeError } from "@/lib/errors";
import { useDao } from "../dao-context";
import { useCharterHistory } from "../use-charter-history";
import { useDaoHistory } from "../use-dao-history";
import { SyncBanner } from "./sync-banner";

const NO_ADDRESSES: readonly Address[] = [];

/** `#/<chainId>/<governor>/charter`: the DAO's AI-ethics principles, their history, and pending changes. */
export function CharterPage() {
  const dao = useDao();
  const search = useSearch({ from: "/$chainId/$governor/charter" });
  const at = parseAtBlock(search.at);
  const { logs, synced, verification } = useDaoHistory(dao);
  const proposals = useProposals(dao, synced);
  const charter = useCharterHistory(dao, synced);
  const account = useConnectedAccount();
  const executor = dao.timelock ?? dao.governor;
  const adopt = useAdoptCharter(dao.chainId, dao.governor, executor);
  const states = useMemo(
    () => (proposals.data ? new Map(proposals.data.proposals.map((p) => [p.id, p.state])) : undefined),
    [proposals.data],
  );
  const head = charter.logs.data?.syncedTo ?? null;
  const atBlock = head === null ? null : at.kind === "block" ? Math.min(at.block, head) : head;
  const atHead = at.kind !== "block" || at.block >= (head ?? 0);
  const result = useCharterModel(
    synced && charter.logs.data && atBlock !== null
      ? {
          governor: dao.governor,
          coreEvents: synced.events,
          charterEvents: charter.logs.data.events,
          states,
          // An adopted charter may not exist yet at a past block; there only logged charters count.
          adopted: atHead ? charter.adopted : NO_ADDRESSES,
          atBlock,
          atHead,
        }
      : null,
  );
  const check = useCharterCheck(dao.chainId, dao.governor, result?.model ?? null);
  const base = `#/${dao.chainId}/${dao.governor}`;
  const links = {
    proposalHref: (id: bigint) => `${base}/proposals/${id}`,
    builderHref: (c: string) => `${base}/new?template=charter&charter=${c}`,
  };
  return (
    <>
      <h1>Charter</h1>
      <SyncBanner chainId={dao.chainId} logs={logs} verification={verification} cachedAt={null} />
      {charter.logs.error && (
        <ErrorPanel
          heading="Could not read the charter's logs"
          error={describeError(charter.logs.error)}
          onRetry={() => void charter.logs.refetch()}
        />
      )}
      {charter.logs.data?.failed.map((f) => (
        <p key={f.address} className="panel panel-warning" role="alert">
          Could not sync the possible charter <code className="break">{f.address}</code>: {f.reason}
        </p>
      ))}
      {!result || head === null ? (
        !charter.logs.error && <p aria-busy="true">Reading the charter…</p>
      ) : (
        <>
          <AtNote at={at} shown={result.model.atBlock} head={head} headHref={`${base}/charter`} />
          {result.model.charters.length > 0 && <CheckLine check={check.check} error={check.error} />}
          {result.model.charters.length > 0 ? (
            <CharterView
              model={result.model}
              series={result.series}
              logCount={result.logCount}
              atHead={atHead}
              links={links}
            />
          ) : (
            <section className="panel" aria-labelledby="no-charter">
              <h2 id="no-charter">No charter</h2>
              <p>
                {dao.name} has no AI-ethics charter{atHead ? "" : " at this block"}: none of its proposals
                calls ratify or retire on a contract that logged a PrincipleRatified or PrincipleRetired
                event.
              </p>
            </section>
          )}
          {atHead && (result.model.charters.length === 0 || adopt.deployed) && (
            <AdoptCharter
              executor={executor}
              executorKind={dao.timelock ? "timelock" : "governor"}
              connected={account.address !== undefined}
              step={adopt.step}
              deployed={adopt.deployed}
              onAdopt={() => void adopt.adopt()}
              builderHref={links.builderHref}
            />
          )}
        </>
      )}
    </>
  );
}
