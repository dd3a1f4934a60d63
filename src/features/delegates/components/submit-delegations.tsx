import { useState } from "react";
import type { Address } from "viem";
import type { SignedDelegation } from "@/contracts/delegation-eip712";
import { duplicateHolders, parseDelegations } from "@/domain/delegation/signed-delegation";
import { describeError } from "@/lib/errors";
import { isBusy } from "@/lib/write-step";
import { useConnectedAccount } from "../api/holder";
import { useDelegationChecks, useSubmitDelegations } from "../api/signed-delegations";
import { WriteStatus } from "./write-status";

type Props = {
  chainId: number;
  governor: Address;
  token: Address;
  nameOf: (a: string) => string | undefined;
  /** A delegation opened from a link (`?delegation=`). */
  initial?: string;
};

function parsed(text: string): { list: SignedDelegation[]; error: string | null } {
  if (!text.trim()) return { list: [], error: null };
  try {
    return { list: parseDelegations(text), error: null };
  } catch (e) {
    return { list: [], error: e instanceof Error ? e.message : String(e) };
  }
}

/** Paste signed delegations (JSON or links, one per line) and submit them all in one transaction; each is checked
 * against the chain first (nonce, expiry, signer, chain, token) and nothing is sent while any would fail. */
export function SubmitDelegations({ chainId, governor, token, nameOf, initial }: Props) {
  const [text, setText] = useState(initial ?? "");
  const account = useConnectedAccount();
  const { list, error } = parsed(text);
  const checks = useDelegationChecks(chainId, governor, token, list);
  const { step, submit, canBatch } = useSubmitDelegations(chainId, governor, token);
  const dupes = duplicateHolders(list);
  const problems = checks.data ?? [];
  const blocked =
    list.length === 0 ||
    !checks.data ||
    problems.some((p) => p.length > 0) ||
    dupes.length > 0 ||
    (list.length > 1 && !canBatch) ||
    !account.address;
  return (
    <section className="delegate-action panel" aria-label="Submit signed delegations">
      <h2>Submit signed delegations</h2>
      <p className="muted">
        Anyone can submit a holder's signed delegation and pay its gas; several go in one transaction through
        Multicall3.
      </p>
      <label>
        Signed delegations (JSON or links, one per line)
        <textarea rows={4} className="share-box" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {list.length > 0 && (
        <ul className="sig-list">
          {list.map((d, i) => (
            <li key={`${d.delegator}-${d.nonce}-${d.signature.slice(0, 18)}`}>
              {nameOf(d.delegator) ?? d.delegator} → {nameOf(d.delegatee) ?? d.delegatee}:{" "}
              {checks.isLoading ? (
                "checking…"
              ) : checks.error ? (
                <span className="problem">could not check: {describeError(checks.error).title}</span>
              ) : (problems[i]?.length ?? 0) === 0 ? (
                <span className="ok-text">ready</span>
              ) : (
                <span className="problem" role="alert">
                  {problems[i]?.join(" ")}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {dupes.length > 0 && <p className="problem">The same holder appears twice: only one can succeed.</p>}
      {list.length > 1 && !canBatch && (
        <p className="problem">This chain has no Multicall3: submit them one at a time.</p>
      )}
      {!account.address && list.length > 0 && (
        <p className="muted">Connect a wallet to submit (it pays the gas).</p>
      )}
      <button
        type="button"
        className="btn btn-primary"
        disabled={blocked || isBusy(step)}
        onClick={() => void submit(list)}
      >
        {list.length > 1 ? `Submit ${list.length} delegations in one transaction` : "Submit delegation"}
      </button>
      <WriteStatus step={step} what={list.length > 1 ? "delegations" : "delegation"} />
    </section>
  );
}
