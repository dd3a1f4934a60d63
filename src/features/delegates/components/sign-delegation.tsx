import { useState } from "react";
import type { Address } from "viem";
import { delegationToJson, delegationToLinkParam } from "@/domain/delegation/signed-delegation";
import { describeError } from "@/lib/errors";
import { useSignDelegation } from "../api/signed-delegations";

const DAY = 86_400;

/** "Sign instead": an EIP-712 Delegation anyone can submit (link or JSON); sends nothing and costs no gas. */
export function SignDelegation({
  chainId,
  token,
  delegatee,
}: {
  chainId: number;
  token: Address;
  delegatee: Address;
}) {
  const sign = useSignDelegation(chainId, token);
  const [days, setDays] = useState(7);
  const signed = sign.data;
  const base = `${window.location.origin}${window.location.pathname}${window.location.hash.split("?")[0]?.replace(/\/delegates\/.*$|\/me$/, "/delegates")}`;
  return (
    <div className="sign-delegation">
      <label className="inline">
        Valid for{" "}
        <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {[1, 7, 30].map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? "day" : "days"}
            </option>
          ))}
        </select>
      </label>{" "}
      <button
        type="button"
        className="btn"
        disabled={sign.isPending}
        onClick={() =>
          sign.mutate({
            delegatee,
            expiry: BigInt(Math.floor(Date.now() / 1000) + days * DAY),
          })
        }
      >
        Sign instead (no gas)
      </button>
      {sign.error && (
        <p className="problem" role="alert">
          Not signed: {describeError(sign.error).title}
        </p>
      )}
      {signed && signed.delegatee === delegatee && (
        <div>
          <p role="status">Signed. Share this link or the JSON; anyone can submit it and pay the gas.</p>
          <label>
            Link
            <input
              type="text"
              readOnly
              className="share-box"
              aria-label="Signed delegation link"
              value={`${base}?delegation=${delegationToLinkParam(signed)}`}
            />
          </label>
          <label>
            JSON
            <textarea
              readOnly
              className="share-box"
              aria-label="Signed delegation JSON"
              rows={3}
              value={delegationToJson(signed)}
            />
          </label>
        </div>
      )}
    </div>
  );
}
