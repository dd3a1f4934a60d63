import { WriteStepStatus } from "@/components/write-step-status";
import type { WriteStep } from "@/lib/write-step";
import { type WriteWords, writeStepText } from "@/lib/write-step-text";
import type { ScopedStep, WriteAction } from "../api/write-scope";

/** Each action's words: what is checked or confirmed, and what the chain recorded. */
const WORDS: Record<WriteAction, WriteWords> = {
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
  return writeStepText(step, WORDS[action]);
}

/** The status of the last write this account sent on this proposal, announced to screen readers. */
export function WriteStatus({ status }: { status: ScopedStep | null }) {
  return status ? <WriteStepStatus step={status.step} words={WORDS[status.scope.action]} /> : null;
}
