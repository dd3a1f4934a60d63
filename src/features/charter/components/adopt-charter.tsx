import type { Address } from "viem";
import { describeError } from "@/lib/errors";
import type { WriteStep } from "@/lib/write-step";

function stepText(step: WriteStep): string | null {
  switch (step.kind) {
    case "idle":
      return null;
    case "switching-chain":
      return "Asking your wallet to switch network…";
    case "simulating":
      return "Checking that the deployment would succeed…";
    case "confirm-in-wallet":
      return "Confirm the deployment in your wallet.";
    case "pending":
      return `Transaction sent (${step.hash.slice(0, 10)}…); waiting for it to be mined…`;
    case "confirmed":
      return `Deployed in block ${step.blockNumber.toLocaleString("en-US")}.`;
    case "failed": {
      const d = describeError(step.error);
      return `Charter not deployed: ${d.title}${d.detail ? ` ${d.detail}` : ""}`;
    }
  }
}

const busy = (s: WriteStep) => s.kind !== "idle" && s.kind !== "confirmed" && s.kind !== "failed";

/** "Adopt a charter": deploy an EthicsCharter owned by the DAO's executor, then go ratify its first principle. */
export function AdoptCharter(props: {
  executor: Address;
  executorKind: "timelock" | "governor";
  connected: boolean;
  step: WriteStep;
  deployed: Address | null;
  onAdopt: () => void;
  builderHref: (charter: Address) => string;
}) {
  const { step, deployed } = props;
  const text = stepText(step);
  return (
    <section className="panel" aria-labelledby="adopt-title">
      <h2 id="adopt-title">Adopt a charter</h2>
      <p>
        Deploys an EthicsCharter from your wallet, owned by this DAO's {props.executorKind} (
        <code className="break">{props.executor}</code>), so only a passed proposal can ratify or retire its
        principles. You pay the gas; the charter starts empty.
      </p>
      {deployed ? (
        <p role="status">
          Charter deployed at <code className="break">{deployed}</code>.{" "}
          <a href={props.builderHref(deployed)}>Propose its first principle</a>
        </p>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          disabled={!props.connected || busy(step)}
          onClick={props.onAdopt}
        >
          Adopt a charter
        </button>
      )}
      {!props.connected && !deployed && <p className="muted">Connect a wallet to deploy.</p>}
      {text && step.kind !== "confirmed" && (
        <p role={step.kind === "failed" ? "alert" : "status"} className="write-status">
          {text}
        </p>
      )}
    </section>
  );
}
