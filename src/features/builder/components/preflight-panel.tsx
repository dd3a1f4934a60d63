import { type ReactNode, useState } from "react";
import type { Address } from "viem";
import type { RiskFlag } from "@/domain/actions/risk";
import type { DecodedAction } from "@/domain/actions/types";
import { describeError } from "@/lib/errors";
import { formatAmount, shortAddress } from "@/lib/format";
import type { BuilderEnv } from "../api/builder-env";
import { type PreflightParams, usePreflight } from "../api/preflight";
import { useDraftScanLines } from "../api/target-scan";

type Line = { level: "pass" | "warn" | "fail"; text: string };
type Props = {
  params: Omit<PreflightParams, "run"> | null;
  env: BuilderEnv;
  decoded: DecodedAction[];
  flags: RiskFlag[];
  tokenDecimals: number;
  renderPublish: (ready: boolean) => ReactNode;
};

const asset = (env: BuilderEnv, a: "ETH" | Address) =>
  env.assets.find((x) => x.asset === a) ?? { symbol: "?", decimals: 18 };

/** The pre-flight checklist: threshold, proposal id, duplicate, simulation, balance changes, risk flags. */
export function PreflightPanel({ params, env, flags, tokenDecimals, renderPublish }: Props) {
  const [run, setRun] = useState(0);
  const q = usePreflight(params && run > 0 ? { ...params, run } : null);
  const scan = useDraftScanLines(params && run > 0 ? { ...params, run } : null, env.known);
  const lines: Line[] = [];
  const r = q.data;
  if (r) {
    if (r.votes === null)
      lines.push({
        level: "fail",
        text: "Connect a wallet: the proposer's votes decide whether the governor accepts the proposal.",
      });
    else
      lines.push({
        level: r.votes >= r.threshold ? "pass" : "fail",
        text: `Your votes at ${r.timepoint.toLocaleString("en-US")} (clock() − 1): ${formatAmount(r.votes, tokenDecimals, tokenDecimals)}; the proposal threshold is ${formatAmount(r.threshold, tokenDecimals, tokenDecimals)}.`,
      });
    lines.push({ level: "pass", text: `Proposal id (computed locally): ${r.proposalId}` });
    if (r.governorId !== null && r.governorId !== r.proposalId)
      lines.push({
        level: "warn",
        text: `This governor's ids are not content hashes: it will use ${r.governorId}.`,
      });
    lines.push(
      r.exists
        ? {
            level: "fail",
            text: "A proposal with exactly this content already exists: change the text or the actions.",
          }
        : { level: "pass", text: "No proposal with this content exists yet." },
    );
    // The target scan says this (and more) per target; its own line stands in only when the scan failed.
    if (scan.failed)
      for (const t of r.noCode)
        lines.push({ level: "warn", text: `${t} has no code: a call to it does nothing.` });
    const sim = r.simulation;
    if ("error" in sim) lines.push({ level: "warn", text: `Simulation could not run: ${sim.error}` });
    else {
      const how =
        sim.method === "eth_simulateV1"
          ? "eth_simulateV1, in order, sharing state"
          : `one eth_call per action (state not shared; ${sim.fallbackReason ?? "no eth_simulateV1"})`;
      lines.push({
        level: "pass",
        text: `Simulated as ${shortAddress(env.executor)} (the executor) at block ${sim.blockNumber.toLocaleString("en-US")} with ${how}.`,
      });
      for (const c of sim.calls)
        lines.push(
          c.ok
            ? { level: "pass", text: `Action ${c.index + 1} succeeds.` }
            : {
                level: "fail",
                text: `Action ${c.index + 1} reverts: ${c.revert?.name ? `${c.revert.name}(${c.revert.args.map(String).join(", ")})` : "no reason given"}.`,
              },
        );
      if (sim.balances === null)
        lines.push({ level: "warn", text: "Balance changes could not be computed without eth_simulateV1." });
      for (const b of sim.balances ?? []) {
        const d = b.after - b.before;
        if (d === 0n) continue;
        const a = asset(env, b.asset);
        const who =
          b.holder.toLowerCase() === env.executor.toLowerCase() ? "Treasury" : shortAddress(b.holder);
        lines.push({
          level: "pass",
          text: `${who} ${a.symbol}: ${d > 0n ? "+" : "−"}${formatAmount(d > 0n ? d : -d, a.decimals, a.decimals)} (${formatAmount(b.before, a.decimals, a.decimals)} → ${formatAmount(b.after, a.decimals, a.decimals)})`,
        });
      }
    }
    for (const f of flags)
      lines.push({
        level: f.level === "critical" ? "fail" : "warn",
        text: `Risk (action ${f.action + 1}): ${f.title}. ${f.detail}`,
      });
    lines.push(...scan.lines);
    if (params)
      lines.push({
        level: "pass",
        text: `The description ends with #proposer=${params.proposer ?? "(your address)"}, so nobody else can publish it first.`,
      });
  }
  const ready = !!r && r.votes !== null && r.votes >= r.threshold && !r.exists;
  return (
    <section aria-labelledby="preflight-h" className="preflight">
      <h2 id="preflight-h">Pre-flight checks</h2>
      {!params && <p className="muted">Add at least one valid action and a title to run the checks.</p>}
      <button type="button" disabled={!params || q.isFetching} onClick={() => setRun(run + 1)}>
        {run === 0 ? "Run pre-flight checks" : "Run the checks again"}
      </button>
      {q.isFetching && <p aria-busy="true">Checking at the head…</p>}
      {q.error && <p role="alert">Checks failed: {describeError(q.error).title}</p>}
      {lines.length > 0 && (
        <ul className="preflight-list" aria-label="Pre-flight checklist">
          {lines.map((l) => (
            <li key={l.text} className={`check check-${l.level}`}>
              <strong>{l.level === "pass" ? "Pass" : l.level === "warn" ? "Warning" : "Fail"}:</strong>{" "}
              {l.text}
            </li>
          ))}
        </ul>
      )}
      {renderPublish(ready)}
    </section>
  );
}
