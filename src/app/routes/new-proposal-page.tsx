import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useMemo, useRef } from "react";
import type { Address } from "viem";
import { ErrorPanel } from "@/components/error-panel";
import { type Draft, emptyDraft, newDraftId } from "@/domain/drafts/draft";
import { eventsNamed } from "@/domain/events/decode";
import { useBuilderContext } from "@/features/builder/api/builder-context";
import { builderEnvOf } from "@/features/builder/api/builder-env";
import { draftQueryOptions, sharedDraftQueryOptions, useDraftMutations } from "@/features/builder/api/drafts";
import { BuilderView } from "@/features/builder/components/builder-view";
import { starterInput } from "@/features/builder/components/draft-editor";
import { ActionList } from "@/features/proposals/components/action-list";
import { RiskFlagList } from "@/features/proposals/components/risk-flag-list";
import { SafeMarkdown } from "@/features/proposals/components/safe-markdown";
import { describeError } from "@/lib/errors";
import "@/features/builder/components/builder.css";
import "@/features/proposals/components/proposal-detail.css";
import { useDao } from "../dao-context";
import { daoContractsOf } from "../dao-contracts";
import { useDaoHistory } from "../use-dao-history";

const render = { Markdown: SafeMarkdown, Actions: ActionList, Flags: RiskFlagList };

/** `#/<chainId>/<governor>/new`: the proposal builder (`?id=` a local draft, `?draft=` a shared one read-only,
 * `?template=charter&charter=<address>` a charter ratification). */
export function NewProposalPage() {
  const dao = useDao();
  const search = useSearch({ from: "/$chainId/$governor/new" });
  const navigate = useNavigate();
  const { synced } = useDaoHistory(dao);
  const contracts = daoContractsOf(dao);
  const candidates = useMemo(() => {
    const set = new Set<string>();
    for (const e of eventsNamed(synced?.events ?? [], "ProposalCreated"))
      for (const t of e.args.targets) set.add(t.toLowerCase());
    if (contracts?.charter) set.add(contracts.charter.toLowerCase());
    for (const t of contracts?.treasuryTokens ?? []) set.add(t.toLowerCase());
    if (search.charter && /^0x[0-9a-fA-F]{40}$/.test(search.charter)) set.add(search.charter.toLowerCase());
    return [...set] as Address[];
  }, [synced, contracts, search.charter]);
  const ctx = useBuilderContext({
    chainId: dao.chainId,
    governor: dao.governor,
    timelock: dao.timelock,
    treasury: dao.treasury.address,
    candidates,
  });
  const env = useMemo(() => (ctx.data ? builderEnvOf(dao, ctx.data) : null), [ctx.data, dao]);
  const shared = useQuery(sharedDraftQueryOptions(search.draft ?? null));
  const local = useQuery(draftQueryOptions(search.id ?? null));
  const localDraft = local.data;
  const { save } = useDraftMutations();
  const base = `#/${dao.chainId}/${dao.governor}`;
  const linkBase = `${window.location.origin}${window.location.pathname}${base}/new`;

  const start = async () => {
    if (!env) return;
    const d: Draft = emptyDraft(dao.chainId, dao.governor, Date.now());
    if (search.template === "charter")
      d.items = [
        { id: newDraftId(), input: starterInput("charter-ratify", env, search.charter), actions: [] },
      ];
    await save(d);
    void navigate({ to: ".", search: { id: d.id }, replace: true });
  };
  const saveCopy = async (d: Draft) => {
    const copy = { ...d, id: newDraftId(), updatedAt: Date.now() };
    await save(copy);
    void navigate({ to: ".", search: { id: copy.id } });
  };

  // A fresh visit creates (and saves) one draft, then opens it by id: renders before the navigation lands must
  // not create more, so the creation is an effect guarded by a ref.
  const started = useRef(false);
  const needsDraft = env !== null && !search.id && !search.draft;
  useEffect(() => {
    if (!needsDraft || started.current) return;
    started.current = true;
    void start();
  });

  if (ctx.error)
    return (
      <ErrorPanel
        heading="Could not read the DAO for the builder"
        error={describeError(ctx.error)}
        onRetry={() => void ctx.refetch()}
      />
    );
  if (!env) return <p aria-busy="true">Reading the DAO's settings and treasury…</p>;
  const tokenDecimals = dao.token?.decimals ?? 0;
  const common = {
    env,
    tokenDecimals,
    linkBase,
    render,
    onPublished: (id: bigint) => void navigate({ to: `${base}/proposals/${id}`.slice(1) }),
  };
  if (search.draft) {
    if (shared.error)
      return <p role="alert">This share link cannot be opened: {(shared.error as Error).message}</p>;
    if (!shared.data) return <p aria-busy="true">Opening the shared draft…</p>;
    const { draft: d, proposer: author } = shared.data;
    return (
      <>
        <h1>Shared draft (read-only)</h1>
        <p className="item-buttons">
          <button type="button" className="button-primary" onClick={() => void saveCopy(d)}>
            Save a copy
          </button>
        </p>
        <BuilderView
          key={search.draft}
          initial={d}
          readOnly
          author={author}
          onSave={() => undefined}
          {...common}
        />
      </>
    );
  }
  if (!search.id) return <p aria-busy="true">Starting a new draft…</p>;
  if (local.isPending) return <p aria-busy="true">Opening the draft…</p>;
  if (local.error)
    return <p role="alert">This draft is stored but cannot be read: {(local.error as Error).message}</p>;
  if (!localDraft)
    return (
      <p role="alert">
        There is no local draft {search.id} in this browser. <a href={`${base}/drafts`}>Your drafts</a>
      </p>
    );
  return (
    <>
      <h1>New proposal</h1>
      <p className="muted">
        Saved in this browser as you type. <a href={`${base}/drafts`}>All drafts</a>
      </p>
      <BuilderView
        key={localDraft.id}
        initial={localDraft}
        readOnly={false}
        onSave={(d) => void save(d)}
        {...common}
      />
    </>
  );
}
