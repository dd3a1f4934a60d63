import type { Address } from "viem";
import { WriteStepStatus } from "@/components/write-step-status";
import { isBusy, type WriteStep } from "@/lib/write-step";

const WORDS = { noun: "deployment", done: "the charter was deployed", failed: "Charter not deployed" };

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
          disabled={!props.connected || isBusy(step)}
          onClick={props.onAdopt}
        >
          Adopt a charter
        </button>
      )}
      {!props.connected && !deployed && <p className="muted">Connect a wallet to deploy.</p>}
      {step.kind !== "confirmed" && <WriteStepStatus step={step} words={WORDS} />}
    </section>
  );
}
