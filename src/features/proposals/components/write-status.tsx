import { describeError } from "@/lib/errors";
import type { WriteStep } from "@/lib/write-step";
import type { ScopedStep, WriteAction } from "../api/write-scope";

/** Each action's words: what is checked or confirmed, and what the chain recorded. */
const WORDS: Record<WriteAction, { noun: string; done: string; failed: string }> = {
  vote: { noun: "vote", done: "your vote was recorded", failed: "Vote not sent" },
  ballot: {
    noun: "ballot submission",
    done: "the signed ballot was counted",
    failed: "Ballot not submitted",
  },
  queue: { noun: "queue transaction", done: "the proposal was queued", failed: "Not queued" },
  execute: { noun: "execute transaction", done: "the proposal was executed", failed: "Not executed" },
  cancel: { noun: "cancel transaction", done: "the proposal was canceled", failed: "Not canceled" },
};

/** One step of one action in plain words; null when idle. */
export function writeStatusText(step: WriteStep, action: WriteAction): string | null {
  const w = WORDS[action];
  switch (step.kind) {
    case "idle":
      return null;
    case "switching-chain":
      return "Asking your wallet to switch network…";
    case "simulating":
      return `Checking that the ${w.noun} would succeed…`;
    case "confirm-in-wallet":
      return `Confirm the ${w.noun} in your wallet.`;
    case "pending":
      return `Transaction sent (${step.hash.slice(0, 10)}…); waiting for it to be mined…`;
    case "confirmed":
      return `Done: ${w.done} in block ${step.blockNumber.toLocaleString("en-US")}.`;
    case "failed": {
      const d = describeError(step.error);
      return `${w.failed}: ${d.title}${d.detail ? ` ${d.detail}` : ""}`;
    }
  }
}

/** The status of the last write this account sent on this proposal, announced to screen readers. */
export function WriteStatus({ status }: { status: ScopedStep | null }) {
  const text = status ? writeStatusText(status.step, status.scope.action) : null;
  if (!status || !text) return null;
  const { kind } = status.step;
  return (
    <p className={`write-status write-${kind}`} role={kind === "failed" ? "alert" : "status"}>
      {text}
    </p>
  );
}
