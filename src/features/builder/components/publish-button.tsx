import { describeError } from "@/lib/errors";
import type { WriteStep } from "@/lib/write-step";

const STEP_TEXT: Partial<Record<WriteStep["kind"], string>> = {
  "switching-chain": "Asking your wallet to switch network…",
  simulating: "Checking that the governor accepts the proposal…",
  "confirm-in-wallet": "Confirm the proposal in your wallet.",
  pending: "Transaction sent; waiting for it to be mined…",
  confirmed: "Published.",
};

/** Publish, enabled only when the pre-flight checks pass; a failure keeps the draft and says why. */
export function PublishButton({
  ready,
  step,
  onPublish,
}: {
  ready: boolean;
  step: WriteStep;
  onPublish: () => void;
}) {
  return (
    <div className="publish">
      <button
        type="button"
        className="button-primary"
        disabled={!ready || !["idle", "confirmed", "failed"].includes(step.kind)}
        onClick={onPublish}
      >
        Publish proposal
      </button>
      {!ready && (
        <p className="muted">
          Publishing opens once the checks above pass (votes over the threshold, no duplicate).
        </p>
      )}
      {step.kind === "failed" ? (
        <p role="alert" className="write-status write-failed">
          Not published: {describeError(step.error).title} {describeError(step.error).detail ?? ""} Your draft
          is kept.
        </p>
      ) : (
        STEP_TEXT[step.kind] && <p role="status">{STEP_TEXT[step.kind]}</p>
      )}
    </div>
  );
}
