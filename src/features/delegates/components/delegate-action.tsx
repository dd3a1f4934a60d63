import { useState } from "react";
import type { Address } from "viem";
import { checkDelegateTarget } from "@/domain/delegation/delegate-input";
import { describeError } from "@/lib/errors";
import { isBusy } from "@/lib/write-step";
import { useConnectedAccount, useHolder } from "../api/holder";
import { useDelegate } from "../api/use-delegate";
import { DelegationEffect } from "./delegation-effect";
import { SignDelegation } from "./sign-delegation";
import { amount, type TokenUnits } from "./token-units";
import { WriteStatus } from "./write-status";

type Props = {
  chainId: number;
  governor: Address;
  token: Address;
  units: TokenUnits;
  rows: readonly { address: string; votes: bigint }[];
  nameOf: (a: string) => string | undefined;
  /** Pre-filled target (the delegate page's address); "self" opens on self-delegation. */
  target?: string | "self";
  heading?: string;
};

type Mode = "self" | "address" | "list";

/** Delegate to self, to a pasted address or to one from the list: balance, current delegate, effect, then
 * on-chain `delegate` (or a signature someone else submits). Bad input is named before any transaction. */
export function DelegateAction({ chainId, governor, token, units, rows, nameOf, target, heading }: Props) {
  const account = useConnectedAccount();
  const holder = useHolder(chainId, governor, token, account.address);
  const [mode, setMode] = useState<Mode>(target === "self" ? "self" : "address");
  const [raw, setRaw] = useState(target && target !== "self" ? target : "");
  const { step, delegate } = useDelegate(chainId, governor, token);
  const title = heading ?? "Delegate your votes";
  if (!account.address)
    return (
      <section className="delegate-action panel" aria-label={title}>
        <h2>{title}</h2>
        <p className="muted">Connect a wallet to delegate its votes.</p>
      </section>
    );
  const h = holder.data;
  const typed = mode === "self" ? account.address : raw;
  const now = h ? { address: account.address, balance: h.balance, currentDelegate: h.delegate } : null;
  const checked = now ? checkDelegateTarget(typed, now) : null;
  return (
    <section className="delegate-action panel" aria-label={title}>
      <h2>{title}</h2>
      {holder.error && (
        <p className="problem">Could not read your balance: {describeError(holder.error).title}</p>
      )}
      {h && (
        <p>
          Your balance: <strong data-testid="holder-balance">{amount(h.balance, units)}</strong>. Current
          delegate:{" "}
          <strong data-testid="holder-delegate">
            {h.delegate
              ? h.delegate.toLowerCase() === account.address.toLowerCase()
                ? "yourself"
                : (nameOf(h.delegate) ?? h.delegate)
              : "none (your tokens do not vote)"}
          </strong>
          .
        </p>
      )}
      <fieldset>
        <legend>Delegate to</legend>
        {(["self", "address", "list"] as const).map((m) => (
          <label key={m} className="inline">
            <input type="radio" name="delegate-mode" checked={mode === m} onChange={() => setMode(m)} />{" "}
            {m === "self" ? "Myself" : m === "address" ? "An address" : "A delegate from the list"}
          </label>
        ))}
      </fieldset>
      {mode === "address" && (
        <label>
          Delegate address
          <input
            type="text"
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
            placeholder="0x…"
            spellCheck={false}
          />
        </label>
      )}
      {mode === "list" && (
        <label>
          Delegate
          <select value={raw} onChange={(e) => setRaw(e.target.value)}>
            <option value="">Choose…</option>
            {rows.slice(0, 100).map((r) => (
              <option key={r.address} value={r.address}>
                {nameOf(r.address) ?? r.address} ({amount(r.votes, units)})
              </option>
            ))}
          </select>
        </label>
      )}
      {checked && !checked.ok && typed !== "" && (
        <p className="problem" role="alert">
          {checked.problem}
        </p>
      )}
      {checked?.ok && now && (
        <DelegationEffect
          holder={now}
          delegatee={checked.delegatee}
          rows={rows}
          units={units}
          nameOf={nameOf}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!checked?.ok || isBusy(step)}
          onClick={() => checked?.ok && void delegate(checked.delegatee)}
        >
          Delegate
        </button>
        {checked?.ok && <SignDelegation chainId={chainId} token={token} delegatee={checked.delegatee} />}
      </div>
      <WriteStatus step={step} what="delegation" />
    </section>
  );
}
