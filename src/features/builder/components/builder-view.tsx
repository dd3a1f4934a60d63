import { type ComponentType, useMemo, useState } from "react";
import type { Address } from "viem";
import { decodeActions } from "@/domain/actions/decode";
import { type RiskReport, riskReport } from "@/domain/actions/risk";
import type { DecodedAction } from "@/domain/actions/types";
import { type Draft, draftActions, draftDescription } from "@/domain/drafts/draft";
import { contentProposalId } from "@/domain/verify/proposal-ids";
import type { BuilderEnv } from "../api/builder-env";
import { useProposerAccount } from "../api/connected-account";
import type { BalanceWatch } from "../api/preflight";
import { usePropose } from "../api/use-propose";
import { DraftEditor } from "./draft-editor";
import { PreflightPanel } from "./preflight-panel";
import { ProposalIdLine } from "./proposal-id-line";
import { PublishButton } from "./publish-button";
import { SharePanel } from "./share-panel";

/** Renderers shared with the proposal page, passed in by the route (features do not import each other). */
export type Renderers = {
  Markdown: ComponentType<{ text: string }>;
  Actions: ComponentType<{ actions: readonly DecodedAction[]; chainId: number }>;
  Flags: ComponentType<{ report: RiskReport; block: bigint; chainId: number }>;
};

type Props = {
  initial: Draft;
  env: BuilderEnv;
  readOnly: boolean;
  /** For a shared draft: the author named in the link, whose `#proposer=` suffix the id is computed with. */
  author?: Address | null;
  tokenDecimals: number;
  linkBase: string;
  onSave: (d: Draft) => void;
  onPublished: (proposalId: bigint) => void;
  render: Renderers;
};

function watchList(env: BuilderEnv, decoded: DecodedAction[]): BalanceWatch[] {
  const out: BalanceWatch[] = env.assets.map((a) => ({ holder: env.executor, asset: a.asset }));
  for (const a of decoded) {
    const to = a.call?.args[0]?.value;
    if (a.calldata === "0x") out.push({ holder: a.target, asset: "ETH" });
    else if (a.call?.functionName === "transfer" && typeof to === "string")
      out.push({ holder: to as Address, asset: a.target });
  }
  return out.filter(
    (w, i) =>
      out.findIndex((x) => x.holder.toLowerCase() === w.holder.toLowerCase() && x.asset === w.asset) === i,
  );
}

/** The builder: the draft's editor, its decoded preview, sharing, pre-flight and publish. */
export function BuilderView({
  initial,
  env,
  readOnly,
  author = null,
  tokenDecimals,
  linkBase,
  onSave,
  onPublished,
  render,
}: Props) {
  const [draft, setDraft] = useState(initial);
  const connected = useProposerAccount();
  // A reviewer's own wallet says nothing about the author's payload: a shared draft uses the link's author.
  const account = readOnly ? (author ?? undefined) : connected;
  const write = usePropose(initial.chainId, initial.governor);
  const change = (d: Draft) => {
    const next = { ...d, updatedAt: Date.now() };
    setDraft(next);
    onSave(next);
  };
  const actions = draftActions(draft);
  const decoded = useMemo(() => decodeActions(actions, env.known), [actions, env.known]);
  const report = useMemo(
    () => riskReport(decoded, { known: env.known, treasuryBalances: env.treasuryBalances }),
    [decoded, env],
  );
  const description = `${draftDescription(draft)}\n\n#proposer=${account ?? ""}`;
  const incomplete = draft.items.some((i) => i.input && i.actions.length === 0);
  const params =
    actions.length > 0 && draft.title.trim() && !incomplete
      ? {
          chainId: draft.chainId,
          governor: draft.governor,
          executor: env.executor,
          proposer: account ?? null,
          actions: actions.map((a) => ({
            target: a.target,
            value: a.value.toString(),
            calldata: a.calldata,
          })),
          description,
          watch: watchList(env, decoded),
        }
      : null;
  const content = {
    targets: actions.map((a) => a.target),
    values: actions.map((a) => a.value),
    calldatas: actions.map((a) => a.calldata),
    description,
  };
  const proposalId = actions.length > 0 && account ? contentProposalId(content) : null;
  const publish = async () => {
    const receipt = await write.propose(content);
    if (receipt) onPublished(contentProposalId(content));
  };
  return (
    <div className="builder">
      <DraftEditor draft={draft} env={env} readOnly={readOnly} onChange={change} Markdown={render.Markdown} />
      <section aria-labelledby="preview-h">
        <h2 id="preview-h">What this proposal would do</h2>
        {incomplete && (
          <p className="field-error">A block has errors: fix them before the actions can be checked.</p>
        )}
        {/* Risk flags are claimed only for a complete set of actions: a half-filled block is not "no risk". */}
        {!incomplete && (
          <>
            <render.Actions actions={decoded} chainId={draft.chainId} />
            <render.Flags report={report} block={env.blockNumber} chainId={draft.chainId} />
            {actions.length > 0 && (
              <ProposalIdLine id={proposalId} proposer={account ?? null} readOnly={readOnly} />
            )}
          </>
        )}
      </section>
      <SharePanel draft={draft} env={env} linkBase={linkBase} proposer={account ?? null} />
      {!readOnly && (
        <PreflightPanel
          params={params}
          env={env}
          decoded={decoded}
          flags={report.flags}
          tokenDecimals={tokenDecimals}
          renderPublish={(ready) => (
            <PublishButton ready={ready && !!account} step={write.step} onPublish={() => void publish()} />
          )}
        />
      )}
    </div>
  );
}
